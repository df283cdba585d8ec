import type { DataSource } from 'typeorm';
import { affectedRows } from './affected-rows';

export interface PurgeInboxOptions {
  /** Rows applied longer ago than this are deleted (default 30 days). */
  retentionMs?: number;
  /** Rows deleted per statement, so a purge never holds long locks (default 5,000). */
  batchSize?: number;
}

/**
 * Keeps the inbox bounded: deletes rows older than the retention, in chunks. Run it from a
 * scheduled job. The retention must be longer than the stream can redeliver an event.
 * Returns how many rows were deleted.
 */
export async function purgeInbox(dataSource: DataSource, options: PurgeInboxOptions = {}): Promise<number> {
  const retentionMs = options.retentionMs ?? 30 * 24 * 3600_000;
  const batchSize = options.batchSize ?? 5_000;
  const before = new Date(Date.now() - retentionMs);
  let total = 0;
  for (;;) {
    const deleted = affectedRows(
      await dataSource.query(`DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox WHERE applied_at < $1 LIMIT $2)`, [before, batchSize]),
    );
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
