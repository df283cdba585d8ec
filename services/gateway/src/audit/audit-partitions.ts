import type { DataSource } from 'typeorm';

/** Months created ahead of time: this one and the next two. */
export const PARTITION_MONTHS_AHEAD = 2;

/** SQLSTATE 23514 with this text: a row whose month has no partition yet. */
export function isMissingPartitionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  return e?.code === '23514' && /no partition of relation/i.test(e.message ?? '');
}

/** Creates the month partitions of `audit_event` from `from`'s month on, when missing. Returns how many were made. */
export async function ensureAuditPartitions(dataSource: DataSource, from: Date = new Date(), monthsAhead = PARTITION_MONTHS_AHEAD): Promise<number> {
  const rows = await dataSource.query<{ made: number }[]>('SELECT audit_event_ensure_partitions($1::date, $2) AS made', [
    from.toISOString().slice(0, 10),
    monthsAhead,
  ]);
  return rows[0]?.made ?? 0;
}
