import { CreateMemberRequest, MEMBER_REQUIRED_ON_CREATE, type ErrorDetail } from '@lienthong/contracts';
import { constraintMessage, DomainError, validatePayload, type Language } from '@lienthong/platform';
import { cardRows, defaultStatusSince, periodRows } from '../members/member-record';
import { checkRecord, type MemberRecordRule } from '../members/rules/member-record-rules';
import { IMPORT_COLUMNS } from './import-columns';
import { cellValue } from './import-cell-values';
import type { ImportSheetRow } from './import-sheet-reader';

/** One error of a row, pointing at its cell when there is one ("D12"). */
export interface ImportRowError {
  cell: string | null;
  field: string;
  code: string;
  message: string;
}

export interface ValidatedImportRow {
  rowNumber: number;
  /** The create request the row stands for (as validated; present even when there are errors, for the preview). */
  request: CreateMemberRequest;
  errors: ImportRowError[];
}

export interface RowValidationContext {
  rules: readonly MemberRecordRule[];
  today: string;
  lang: Language;
  /** The org chosen at upload: rows with an empty org column go there. */
  defaultOrgId: string;
}

/** A date cell that is no calendar date: said in the sheet's own format, not the API's ISO one. */
const NOT_A_DATE = { vi: 'không phải ngày có thật (nhập dd/mm/yyyy, ví dụ 12/03/1985)', en: 'is not a real date (type dd/mm/yyyy, e.g. 12/03/1985)' };

/** `periods[0].x` (record rules) and `periods.0.x` (class-validator) name the same field. */
const fieldKey = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const key = /^\d+$/.test(part) ? Number(part) : part;
    const container = node as Record<string | number, unknown>;
    if (last) container[key] = value;
    else {
      container[key] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = container[key] as Record<string, unknown>;
    }
  });
}

/**
 * Validates one row with the member record's own validation: the contract's class-validator
 * rules (CreateMemberRequest), the fields a create requires, and the record rules in force
 * (checkRecord). Org scope, duplicates and numbers taken are checked by the caller, on the
 * whole chunk at once.
 */
export function validateImportRow(row: ImportSheetRow, ctx: RowValidationContext): ValidatedImportRow {
  const errors: ImportRowError[] = [];
  const cellOf = new Map<string, string>();
  const payload: Record<string, unknown> = {};
  for (const column of IMPORT_COLUMNS) {
    const read = row.values.get(column);
    if (!read) continue;
    cellOf.set(column.field, read.cell);
    const result = cellValue(column, read.value);
    if ('problem' in result) {
      errors.push({ cell: read.cell, field: column.field, code: result.problem.code, message: `${read.cell} (${column.header}): ${result.problem.messages[ctx.lang]}` });
    } else if (result.value !== undefined) setPath(payload, column.field, result.value);
  }
  payload.orgId ??= ctx.defaultOrgId;
  const add = (details: ErrorDetail[]) => {
    for (const d of details) {
      const field = fieldKey(d.field);
      if (errors.some((e) => e.field === field)) continue; // the cell's own problem says it already
      const cell = cellOf.get(field) ?? null;
      const column = IMPORT_COLUMNS.find((c) => c.field === field);
      const header = column?.header;
      const text =
        d.code === 'isPartyDate' && column?.kind === 'date' ? NOT_A_DATE[ctx.lang] : d.message.includes(': ') ? d.message.slice(d.message.indexOf(': ') + 2) : d.message;
      errors.push({ cell, field, code: d.code, message: cell ? `${cell} (${header}): ${text}` : `${field}: ${text}` });
    }
  };
  let request = payload as unknown as CreateMemberRequest;
  try {
    request = validatePayload(CreateMemberRequest, payload, ctx.lang);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    add(error.details ?? []);
  }
  const missing = MEMBER_REQUIRED_ON_CREATE.flatMap((f) => (f === 'periods' ? ['periods.0.admissionDecisionDate'] : [f])).filter(
    (f) => f === 'periods.0.admissionDecisionDate' ? !request.periods?.[0]?.admissionDecisionDate : (request as unknown as Record<string, unknown>)[f] === undefined,
  );
  add(missing.map((field) => ({ field, code: 'isDefined', message: constraintMessage('isDefined', ctx.lang, 'is required') })));
  if (errors.length === 0) {
    const periods = periodRows(request.periods ?? []);
    const cards = cardRows(request.cards ?? []);
    const statusSince = request.statusSince ?? defaultStatusSince(request.status!, periods, ctx.today);
    const record = { dateOfBirth: request.dateOfBirth!, historyNumber: request.historyNumber ?? null, status: request.status!, statusSince, periods, cards };
    add(checkRecord(record, ctx.rules, ctx.today, ctx.lang));
  }
  return { rowNumber: row.rowNumber, request, errors };
}
