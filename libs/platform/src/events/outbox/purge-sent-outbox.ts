import { uuidv7Floor } from './uuidv7-floor';

/** Anything that runs SQL: a pg client, a TypeORM DataSource or EntityManager. */
export interface OutboxSql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export const DEFAULT_OUTBOX_RETENTION_MS = 7 * 24 * 3600_000;

export interface PurgeOutboxOptions {
  retentionMs?: number;
  /** Rows per DELETE statement, so that one purge never holds a long lock or a huge WAL burst. */
  chunk?: number;
  now?: number;
}

/**
 * Deletes sent outbox rows older than the retention period; unsent rows are never touched.
 * Walks the primary key (uuidv7 ids are time-ordered) in chunks. Returns the rows deleted.
 */
export async function purgeSentOutbox(db: OutboxSql, options: PurgeOutboxOptions = {}): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - (options.retentionMs ?? DEFAULT_OUTBOX_RETENTION_MS);
  const chunk = options.chunk ?? 5_000;
  let total = 0;
  for (;;) {
    const result = await db.query(
      `WITH doomed AS (
         SELECT id FROM outbox WHERE id < $1::uuid AND sent_at IS NOT NULL AND sent_at < $2 ORDER BY id LIMIT $3
       )
       DELETE FROM outbox o USING doomed WHERE o.id = doomed.id RETURNING 1`,
      [uuidv7Floor(cutoff), new Date(cutoff), chunk],
    );
    const deleted = rowCount(result);
    total += deleted;
    if (deleted < chunk) return total;
  }
}

function rowCount(result: unknown): number {
  if (Array.isArray(result)) {
    // TypeORM answers [rows, count] for a DELETE … RETURNING; a pg client answers { rows }.
    return Array.isArray(result[0]) ? result[0].length : result.length;
  }
  return (result as { rows?: unknown[] }).rows?.length ?? 0;
}
