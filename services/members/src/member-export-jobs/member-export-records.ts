import type { ActorRef, MemberExportKind, MemberExportStatus } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';

/** What a badge-list export was asked for (a member list needs nothing beyond its org). */
export interface MemberExportParams {
  occasion?: string;
  milestone?: number;
}

/** Why an export failed, in both languages (shown in the caller's). */
export interface MemberExportError {
  code: string;
  message: Record<Language, string>;
}

/** An export row as the use cases and the job read it; `orgPath` and `orgName` are the org's current ones. */
export interface MemberExportView {
  id: string;
  kind: MemberExportKind;
  orgId: string;
  orgPath: string;
  orgName: string;
  params: MemberExportParams;
  status: MemberExportStatus;
  rowsWritten: number;
  totalEstimate: number | null;
  fileName: string | null;
  blobKey: string | null;
  size: number | null;
  error: MemberExportError | null;
  requestedById: string;
  language: Language;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string | null;
}

export interface NewMemberExport {
  id: string;
  kind: MemberExportKind;
  orgId: string;
  orgPath: string;
  params: MemberExportParams;
  totalEstimate: number | null;
  requestedBy: ActorRef;
  language: Language;
}

/** The columns of a view, the org's name and path joined (`e` the export, `o` its org). */
export const EXPORT_VIEW_COLUMNS = `e.id, e.kind, e.org_id AS "orgId", o.path AS "orgPath", o.name AS "orgName", e.params, e.status,
  e.rows_written AS "rowsWritten", e.total_estimate AS "totalEstimate", e.file_name AS "fileName", e.blob_key AS "blobKey",
  e.size::float8 AS size, e.error, e.requested_by->>'id' AS "requestedById", e.language, e.created_at AS "createdAt",
  e.started_at AS "startedAt", e.finished_at AS "finishedAt", e.expires_at AS "expiresAt"`;

type Instant = Date | string | null;
type ViewRow = Omit<MemberExportView, 'createdAt' | 'startedAt' | 'finishedAt' | 'expiresAt'> & {
  createdAt: Instant;
  startedAt: Instant;
  finishedAt: Instant;
  expiresAt: Instant;
};

const iso = (value: Instant): string | null => (value === null ? null : new Date(value).toISOString());

/** A row read with EXPORT_VIEW_COLUMNS, its instants as ISO strings. */
export function toExportView(row: ViewRow): MemberExportView {
  return { ...row, createdAt: iso(row.createdAt)!, startedAt: iso(row.startedAt), finishedAt: iso(row.finishedAt), expiresAt: iso(row.expiresAt) };
}

export async function insertExport(m: EntityManager, n: NewMemberExport): Promise<void> {
  await m.query(
    `INSERT INTO member_export (id, kind, org_id, org_path, params, total_estimate, requested_by, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [n.id, n.kind, n.orgId, n.orgPath, JSON.stringify(n.params), n.totalEstimate, JSON.stringify(n.requestedBy), n.language],
  );
}

export async function findExport(m: EntityManager, id: string): Promise<MemberExportView | undefined> {
  const [row] = await m.query<ViewRow[]>(`SELECT ${EXPORT_VIEW_COLUMNS} FROM member_export e JOIN org o ON o.id = e.org_id WHERE e.id = $1`, [id]);
  return row && toExportView(row);
}

/** queued → running (again, on a retry or a resumed run: the file is written from the start). */
export async function markRunning(m: EntityManager, id: string): Promise<void> {
  await m.query(
    `UPDATE member_export SET status = 'running', rows_written = 0, error = NULL, started_at = COALESCE(started_at, now()) WHERE id = $1 AND status IN ('queued', 'running')`,
    [id],
  );
}

export async function saveRowsWritten(m: EntityManager, id: string, rows: number): Promise<void> {
  await m.query(`UPDATE member_export SET rows_written = $2 WHERE id = $1 AND status = 'running'`, [id, rows]);
}

export interface FinishedFile {
  rows: number;
  fileName: string;
  blobKey: string;
  size: number;
}

/** running → succeeded: the file is downloadable until `expires_at` (now + ttlHours). */
export async function markSucceeded(m: EntityManager, id: string, file: FinishedFile, ttlHours: number): Promise<void> {
  await m.query(
    `UPDATE member_export SET status = 'succeeded', rows_written = $2, file_name = $3, blob_key = $4, size = $5, error = NULL,
            finished_at = now(), expires_at = now() + $6::int * interval '1 hour'
      WHERE id = $1`,
    [id, file.rows, file.fileName, file.blobKey, file.size, ttlHours],
  );
}

/** Back to queued while the job waits for its next attempt (the partial file is already deleted). */
export async function markRetrying(m: EntityManager, id: string): Promise<void> {
  await m.query(`UPDATE member_export SET status = 'queued', rows_written = 0 WHERE id = $1 AND status = 'running'`, [id]);
}

export async function markFailed(m: EntityManager, id: string, error: MemberExportError): Promise<void> {
  await m.query(
    `UPDATE member_export SET status = 'failed', blob_key = NULL, error = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, JSON.stringify(error)],
  );
}
