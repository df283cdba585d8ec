import { foldVietnamese, type Language } from '@lienthong/platform';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, POLITICAL_THEORY_LEVELS, type MemberStatus, type PoliticalTheoryLevel } from '@lienthong/contracts';
import { SEX_LABELS, THEORY_LABELS, type ImportColumn } from './import-columns';

/** A problem with one cell, before the record's own validation runs. */
export interface CellProblem {
  code: string;
  messages: Record<Language, string>;
}

export type CellResult = { value: unknown } | { problem: CellProblem };

const problem = (code: string, vi: string, en: string): CellResult => ({ problem: { code, messages: { vi, en } } });

/** Text as the record keeps it: trimmed, inner whitespace collapsed, NFC (an NFD name from a Mac is the same name). */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoFromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** An Excel serial day number (1900 system) as YYYY-MM-DD. */
function isoFromSerial(serial: number): string {
  return isoFromUtc(new Date(Math.round((serial - 25569) * 86_400_000)));
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/mm/yyyy (also d/m/yyyy, with - or .) or yyyy-mm-dd typed as text; the calendar check is the contract's. */
function isoFromText(text: string): string | undefined {
  const dmy = DMY.exec(text);
  if (dmy) return `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  return YMD.test(text) ? text : undefined;
}

/** Unwraps what exceljs reads: formulas give their cached result, rich text its text, hyperlinks their text. */
function plainValue(raw: unknown): unknown {
  if (raw === null || raw === undefined || typeof raw !== 'object' || raw instanceof Date) return raw;
  const o = raw as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    if (o.result === undefined || o.result === null) {
      return problem('formulaNoValue', 'công thức chưa có giá trị đã tính — hãy mở tệp trong Excel, lưu lại rồi tải lên', 'the formula has no computed value — open the file in Excel, save it and upload again');
    }
    if (typeof o.result === 'object' && o.result !== null && 'error' in o.result) return problem('cellError', 'ô có lỗi công thức', 'the cell holds a formula error');
    return o.result;
  }
  if ('richText' in o) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('error' in o) return problem('cellError', `ô có lỗi ${String(o.error)}`, `the cell holds the error ${String(o.error)}`);
  if ('text' in o) return o.text;
  return JSON.stringify(raw);
}

/** Folded label or code → value, built once (a file has up to 200 000 rows). */
const STATUS_BY_KEY = new Map<string, MemberStatus>(MEMBER_STATUSES.flatMap((s) => [[s, s], [foldVietnamese(MEMBER_STATUS_LABELS[s].vi), s]] as [string, MemberStatus][]));
const THEORY_BY_KEY = new Map<string, PoliticalTheoryLevel>(POLITICAL_THEORY_LEVELS.flatMap((l) => [[l, l], [foldVietnamese(THEORY_LABELS[l]), l]] as [string, PoliticalTheoryLevel][]));

const asText = (v: unknown) => cleanText(v instanceof Date ? isoFromUtc(v) : String(v));

/** One cell's value for the record, or why it cannot be one. `undefined` value: the cell is empty. */
export function cellValue(column: ImportColumn, raw: unknown): CellResult {
  const plain = plainValue(raw);
  if (plain !== null && typeof plain === 'object' && 'problem' in plain) return plain as CellResult;
  if (plain === null || plain === undefined || (typeof plain === 'string' && cleanText(plain) === '')) return { value: undefined };
  switch (column.kind) {
    case 'date': {
      if (plain instanceof Date) return { value: isoFromUtc(plain) };
      if (typeof plain === 'number') return { value: isoFromSerial(plain) };
      const iso = isoFromText(asText(plain));
      return iso ? { value: iso } : problem('notDate', 'không phải ngày dạng dd/mm/yyyy', 'is not a date as dd/mm/yyyy');
    }
    case 'digits': {
      if (typeof plain === 'number' && Number.isInteger(plain) && plain >= 0) {
        // Excel drops leading zeros of numbers: a CCCD typed as a number gets them back.
        return { value: column.field === 'citizenId' ? String(plain).padStart(12, '0') : String(plain) };
      }
      return { value: asText(plain) };
    }
    case 'sex': {
      const sex = SEX_LABELS[asText(plain).toLocaleLowerCase('vi')];
      return sex ? { value: sex } : problem('isIn', 'phải là Nam hoặc Nữ', 'must be Nam or Nữ');
    }
    case 'status': {
      const text = asText(plain);
      const status = STATUS_BY_KEY.get(text) ?? STATUS_BY_KEY.get(foldVietnamese(text));
      return status ? { value: status } : problem('isIn', 'không thuộc danh sách tình trạng của mẫu', 'is not one of the template’s statuses');
    }
    case 'theory': {
      const text = asText(plain);
      const level = THEORY_BY_KEY.get(text) ?? THEORY_BY_KEY.get(foldVietnamese(text));
      return level ? { value: level } : problem('isIn', 'không thuộc danh sách trình độ lý luận chính trị của mẫu', 'is not one of the template’s political theory levels');
    }
    default:
      return { value: asText(plain) };
  }
}
