import type { EventEnvelope } from '@lienthong/contracts';

/** Any way to run one SQL statement and get its rows: a TypeORM manager or data source (see `sqlOf`), a pg client. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Adapts TypeORM's `query()`, which answers `[rows, count]` for UPDATE and DELETE. */
export function sqlOf(target: { query(sql: string, params?: unknown[]): Promise<unknown> }): SqlRunner {
  return async (sql, params) => {
    const result = await target.query(sql, params);
    if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
      return result[0] as Record<string, unknown>[];
    }
    return result as Record<string, unknown>[];
  };
}

export type DeadLetterReason = 'handler-failed' | 'invalid-payload' | 'invalid-envelope' | 'unknown-type';

export interface DeadLetter {
  id: string;
  group: string;
  eventId: string;
  eventType: string;
  envelope: EventEnvelope;
  reason: DeadLetterReason;
  attempts: number;
  lastError: string;
  firstFailedAt: Date;
  lastFailedAt: Date;
  replayRequestedAt: Date | null;
  replayedAt: Date | null;
}

export interface NewDeadLetter {
  group: string;
  eventId: string;
  eventType: string;
  envelope: unknown;
  reason: DeadLetterReason;
  attempts: number;
  lastError: string;
  firstFailedAt: Date;
}

export interface DeadLetterPage {
  items: DeadLetter[];
  /** Pass as `after` for the next page; undefined on the last page. */
  next?: string;
}

export interface ListDeadLettersOptions {
  /** Every group when absent. */
  group?: string;
  /** Keyset: rows with a larger id than this. */
  after?: string;
  /** 1–500, default 50. */
  limit?: number;
  /** Also rows already replayed (default: only those still waiting). */
  includeReplayed?: boolean;
}

const COLUMNS = `id::text AS id, consumer_group, event_id, event_type, envelope, reason, attempts, last_error,
  first_failed_at, last_failed_at, replay_requested_at, replayed_at`;

function toDeadLetter(row: Record<string, unknown>): DeadLetter {
  return {
    id: row['id'] as string,
    group: row['consumer_group'] as string,
    eventId: row['event_id'] as string,
    eventType: row['event_type'] as string,
    envelope: row['envelope'] as EventEnvelope,
    reason: row['reason'] as DeadLetterReason,
    attempts: Number(row['attempts']),
    lastError: row['last_error'] as string,
    firstFailedAt: row['first_failed_at'] as Date,
    lastFailedAt: row['last_failed_at'] as Date,
    replayRequestedAt: (row['replay_requested_at'] as Date | null) ?? null,
    replayedAt: (row['replayed_at'] as Date | null) ?? null,
  };
}

/** Reads and writes the `dead_letter` table (created by `CreateDeadLetter1796000000100`). */
export const deadLetterStore = {
  /** Records a dead letter; the same event failing again for the group updates its row and opens it again. */
  async record(sql: SqlRunner, entry: NewDeadLetter): Promise<string> {
    const rows = await sql(
      `INSERT INTO dead_letter (consumer_group, event_id, event_type, envelope, reason, attempts, last_error, first_failed_at, last_failed_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, now())
       ON CONFLICT (consumer_group, event_id) DO UPDATE SET
         reason = EXCLUDED.reason, attempts = dead_letter.attempts + EXCLUDED.attempts, last_error = EXCLUDED.last_error,
         last_failed_at = now(), replay_requested_at = NULL, replayed_at = NULL
       RETURNING id::text AS id`,
      [entry.group, entry.eventId, entry.eventType, JSON.stringify(entry.envelope), entry.reason, entry.attempts, entry.lastError, entry.firstFailedAt],
    );
    return rows[0]?.['id'] as string;
  },

  async list(sql: SqlRunner, options: ListDeadLettersOptions = {}): Promise<DeadLetterPage> {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 500);
    const rows = await sql(
      `SELECT ${COLUMNS} FROM dead_letter
       WHERE ($1::text IS NULL OR consumer_group = $1) AND id > $2::bigint AND ($3 OR replayed_at IS NULL)
       ORDER BY id LIMIT $4`,
      [options.group ?? null, options.after ?? '0', options.includeReplayed ?? false, limit + 1],
    );
    const items = rows.slice(0, limit).map(toDeadLetter);
    return { items, next: rows.length > limit ? items[items.length - 1]?.id : undefined };
  },

  async get(sql: SqlRunner, id: string): Promise<DeadLetter | undefined> {
    const rows = await sql(`SELECT ${COLUMNS} FROM dead_letter WHERE id = $1::bigint`, [id]);
    return rows[0] ? toDeadLetter(rows[0]) : undefined;
  },

  /**
   * Asks the group's running consumer to replay: one row (`id`) or every waiting row of `group`.
   * Returns the ids marked.
   */
  async requestReplay(sql: SqlRunner, selection: { id: string } | { group: string }): Promise<string[]> {
    const rows =
      'id' in selection
        ? await sql(`UPDATE dead_letter SET replay_requested_at = now() WHERE id = $1::bigint AND replayed_at IS NULL RETURNING id::text AS id`, [selection.id])
        : await sql(`UPDATE dead_letter SET replay_requested_at = now() WHERE consumer_group = $1 AND replayed_at IS NULL RETURNING id::text AS id`, [selection.group]);
    return rows.map((row) => row['id'] as string);
  },

  /** Ids of the group's rows waiting for a replay: the requested ones, or all unreplayed with `all`. */
  async pending(sql: SqlRunner, group: string, all: boolean, limit = 500): Promise<string[]> {
    const rows = await sql(
      `SELECT id::text AS id FROM dead_letter
       WHERE consumer_group = $1 AND replayed_at IS NULL AND ($2 OR replay_requested_at IS NOT NULL)
       ORDER BY id LIMIT $3`,
      [group, all, limit],
    );
    return rows.map((row) => row['id'] as string);
  },

  /** Locks one waiting row for replay inside the caller's transaction; undefined if replayed or locked by another replica. */
  async lockForReplay(sql: SqlRunner, group: string, id: string): Promise<DeadLetter | undefined> {
    const rows = await sql(
      `SELECT ${COLUMNS} FROM dead_letter WHERE id = $1::bigint AND consumer_group = $2 AND replayed_at IS NULL FOR UPDATE SKIP LOCKED`,
      [id, group],
    );
    return rows[0] ? toDeadLetter(rows[0]) : undefined;
  },

  async markReplayed(sql: SqlRunner, id: string): Promise<void> {
    await sql(`UPDATE dead_letter SET replayed_at = now() WHERE id = $1::bigint`, [id]);
  },

  /** A replay that failed again: counts the attempt, keeps the new error, withdraws the request. */
  async markReplayFailed(sql: SqlRunner, id: string, lastError: string): Promise<void> {
    await sql(
      `UPDATE dead_letter SET attempts = attempts + 1, last_error = $2, last_failed_at = now(), replay_requested_at = NULL WHERE id = $1::bigint`,
      [id, lastError],
    );
  },
};
