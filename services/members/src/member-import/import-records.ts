import type { ActorRef } from '@lienthong/contracts';
import type { BlobRef, Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { ImportRowError } from './import-row-validator';

export type ImportStatus = 'queued' | 'parsing' | 'parsed' | 'failed' | 'committing' | 'committed';

/** An import as the API shows it: its state, its counters (progress), and why a file was refused. */
export interface ImportView {
  id: string;
  orgId: string;
  fileName: string;
  status: ImportStatus;
  fileError: { code: string; message: Record<Language, string> } | null;
  rowsParsed: number;
  rowsValid: number;
  rowsInvalid: number;
  rowsCommitted: number;
  createdAt: string;
  updatedAt: string;
}

export interface ImportRowView {
  rowNumber: number;
  fullName: string | null;
  memberId: string | null;
  errors: ImportRowError[];
}

export interface NewImport {
  id: string;
  orgId: string;
  orgPath: string;
  fileName: string;
  blob: BlobRef;
  language: Language;
  requestedBy: ActorRef;
}

export async function insertImport(m: EntityManager, n: NewImport): Promise<void> {
  await m.query(
    `INSERT INTO member_import (id, org_id, org_path, file_name, blob_key, blob_size, language, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [n.id, n.orgId, n.orgPath, n.fileName, n.blob.key, n.blob.size, n.language, JSON.stringify(n.requestedBy)],
  );
}

const VIEW_COLUMNS = `id, org_id AS "orgId", file_name AS "fileName", status, file_error AS "fileError", rows_parsed AS "rowsParsed",
  rows_valid AS "rowsValid", rows_invalid AS "rowsInvalid", rows_committed AS "rowsCommitted", created_at AS "createdAt", updated_at AS "updatedAt", org_path AS "orgPath"`;

/** The import with its org path (for the caller's scope check). */
export async function findImport(m: EntityManager, id: string): Promise<(ImportView & { orgPath: string }) | undefined> {
  const [row] = await m.query<(ImportView & { orgPath: string; createdAt: Date; updatedAt: Date })[]>(`SELECT ${VIEW_COLUMNS} FROM member_import WHERE id = $1`, [id]);
  return row && { ...row, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString() };
}

/** The preview, a page at a time in row order (keyset on the row number); `onlyErrors` for the error filter. */
export async function previewRows(m: EntityManager, id: string, afterRow: number, limit: number, onlyErrors: boolean): Promise<ImportRowView[]> {
  return m.query<ImportRowView[]>(
    `SELECT row_number AS "rowNumber", request->>'fullName' AS "fullName", member_id AS "memberId", errors FROM member_import_row
      WHERE import_id = $1 AND row_number > $2 AND ($4::boolean IS FALSE OR errors <> '[]'::jsonb) ORDER BY row_number LIMIT $3`,
    [id, afterRow, limit, onlyErrors],
  );
}

/** parsed → committing, once: a second commit request finds nothing to switch. */
export async function markCommitting(m: EntityManager, id: string): Promise<boolean> {
  const rows = await m.query<unknown[]>(`UPDATE member_import SET status = 'committing', updated_at = now() WHERE id = $1 AND status = 'parsed' RETURNING id`, [id]);
  return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length > 0;
}
