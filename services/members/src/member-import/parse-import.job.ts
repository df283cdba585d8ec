import { isPartyDate } from '@lienthong/contracts';
import { foldVietnamese, type BlobStore, type JobContext, type JobDefinition, type Language } from '@lienthong/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import { MemberRecordRuleEntity } from '../members/entities/member-record-rule.entity';
import type { MemberRecordRule } from '../members/rules/member-record-rules';
import { appendSetChecks } from './import-duplicate-checks';
import { ImportFileError } from './import-file-error';
import { readImportSheet, type ImportSheetRow } from './import-sheet-reader';
import { validateImportRow, type ValidatedImportRow } from './import-row-validator';

export const PARSE_IMPORT_JOB = 'members.import-parse';
export const IMPORT_CHUNK_ROWS = 1000;

export interface ImportJobParams {
  importId: string;
}

interface ImportHead {
  id: string;
  org_id: string;
  blob_key: string;
  language: Language;
  status: string;
}

export async function importHead(m: EntityManager, importId: string): Promise<ImportHead | undefined> {
  const [head] = await m.query<ImportHead[]>(`SELECT id, org_id, blob_key, language, status FROM member_import WHERE id = $1`, [importId]);
  return head;
}

async function stageRows(m: EntityManager, importId: string, rows: ValidatedImportRow[]): Promise<void> {
  const staged = rows.map((r) => ({
    row_number: r.rowNumber,
    request: r.request,
    errors: r.errors,
    citizen_id: r.request.citizenId ?? null,
    card_number: r.request.cards?.[0]?.cardNumber ?? null,
    name_key: typeof r.request.fullName === 'string' ? foldVietnamese(r.request.fullName) : null,
    date_of_birth: isPartyDate(r.request.dateOfBirth) ? r.request.dateOfBirth : null,
  }));
  await m.query(
    `INSERT INTO member_import_row (import_id, row_number, request, errors, citizen_id, card_number, name_key, date_of_birth)
     SELECT $1, s.row_number, s.request, s.errors, s.citizen_id, s.card_number, s.name_key, s.date_of_birth
       FROM jsonb_to_recordset($2::jsonb) AS s(row_number int, request jsonb, errors jsonb, citizen_id text, card_number text, name_key text, date_of_birth text)`,
    [importId, JSON.stringify(staged)],
  );
}

/** Field → column letter, from the cells of a row (the header row decides where each column is). */
function columnLetters(row: ImportSheetRow): Map<string, string> {
  return new Map([...row.values].map(([column, read]) => [column.field, read.cell.replace(/\d+$/, '')]));
}

/**
 * Reads the uploaded file from the blob store (streaming), validates every row with the member
 * record's own validation, stages rows in chunks, then runs the set-based scope and duplicate
 * checks. A retry starts over (the staged rows are replaced). A refused file leaves no rows.
 */
export async function parseImport(dataSource: DataSource, blobs: BlobStore, ctx: Pick<JobContext<ImportJobParams>, 'params' | 'reportProgress' | 'throwIfCancelled'>): Promise<void> {
  const { importId } = ctx.params;
  const head = await importHead(dataSource.manager, importId);
  if (!head || !['queued', 'parsing'].includes(head.status)) return;
  await dataSource.query(`DELETE FROM member_import_row WHERE import_id = $1`, [importId]);
  await dataSource.query(`UPDATE member_import SET status = 'parsing', rows_parsed = 0, updated_at = now() WHERE id = $1`, [importId]);
  const rules: MemberRecordRule[] = (await dataSource.manager.find(MemberRecordRuleEntity, { order: { effectiveFrom: 'ASC' } })).map(({ rule, value, effectiveFrom, effectiveTo, source }) => ({ rule, value, effectiveFrom, effectiveTo, source }));
  const validation = { rules, today: partyToday(), lang: head.language, defaultOrgId: head.org_id };
  let parsed = 0;
  let letters = new Map<string, string>();
  let batch: ValidatedImportRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await stageRows(dataSource.manager, importId, batch);
    parsed += batch.length;
    batch = [];
    await dataSource.query(`UPDATE member_import SET rows_parsed = $2, updated_at = now() WHERE id = $1`, [importId, parsed]);
    ctx.reportProgress({ phase: 'parsing', done: parsed });
    ctx.throwIfCancelled();
  };
  try {
    for await (const row of readImportSheet(await blobs.get(head.blob_key))) {
      if (letters.size === 0) letters = columnLetters(row);
      batch.push(validateImportRow(row, validation));
      if (batch.length >= IMPORT_CHUNK_ROWS) await flush();
    }
    await flush();
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    await dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM member_import_row WHERE import_id = $1`, [importId]);
      await m.query(`UPDATE member_import SET status = 'failed', file_error = $2, rows_parsed = 0, updated_at = now() WHERE id = $1`, [
        importId,
        JSON.stringify({ code: error.code, message: error.messages }),
      ]);
    });
    return;
  }
  ctx.reportProgress({ phase: 'checking', done: parsed });
  await dataSource.transaction(async (m) => {
    await appendSetChecks(m, importId, head.language, letters);
    await m.query(
      `UPDATE member_import i SET status = 'parsed', updated_at = now(), column_letters = $2,
              rows_valid = (SELECT count(*) FROM member_import_row r WHERE r.import_id = i.id AND r.errors = '[]'::jsonb),
              rows_invalid = (SELECT count(*) FROM member_import_row r WHERE r.import_id = i.id AND r.errors <> '[]'::jsonb)
        WHERE i.id = $1`,
      [importId, JSON.stringify(Object.fromEntries(letters))],
    );
  });
  ctx.reportProgress({ phase: 'parsed', done: parsed, total: parsed });
}

export function parseImportJob(dataSource: DataSource, blobs: BlobStore): JobDefinition<ImportJobParams> {
  return {
    name: PARSE_IMPORT_JOB,
    exclusive: false,
    retry: { maxAttempts: 3 },
    parseParams: (raw) => ({ importId: String((raw as ImportJobParams).importId) }),
    run: (ctx) => parseImport(dataSource, blobs, ctx),
  };
}
