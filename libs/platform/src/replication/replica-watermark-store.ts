import type { EventEnvelope, SnapshotWatermark } from '@lienthong/contracts';

/** A DataSource, an EntityManager or a pg client wrapper: anything with `query`. */
export interface ReplicaSql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface ReplicaWatermark {
  replica: string;
  source: string;
  lastEventId: string | null;
  lastOccurredAt: Date | null;
  appliedCount: number;
  snapshotTakenAt: Date | null;
  snapshotRows: number | null;
  rebuildRequestedAt: Date | null;
  rebuiltAt: Date | null;
  checkedAt: Date | null;
  checkResult: unknown;
}

interface WatermarkRow {
  replica: string;
  source: string;
  last_event_id: string | null;
  last_occurred_at: Date | null;
  applied_count: string;
  snapshot_taken_at: Date | null;
  snapshot_rows: string | null;
  rebuild_requested_at: Date | null;
  rebuilt_at: Date | null;
  checked_at: Date | null;
  check_result: unknown;
}

/** The `replica_watermark` table (see `CreateReplicaWatermark1796100000000`). */
export const replicaWatermarks = {
  async ensure(sql: ReplicaSql, replica: string, source: string): Promise<void> {
    await sql.query(`INSERT INTO replica_watermark (replica, source) VALUES ($1, $2) ON CONFLICT (replica) DO NOTHING`, [replica, source]);
  },

  async get(sql: ReplicaSql, replica: string): Promise<ReplicaWatermark | undefined> {
    const rows = (await sql.query(`SELECT * FROM replica_watermark WHERE replica = $1`, [replica])) as WatermarkRow[];
    return rows.length === 0 ? undefined : toWatermark(rows[0]);
  },

  async list(sql: ReplicaSql): Promise<ReplicaWatermark[]> {
    const rows = (await sql.query(`SELECT * FROM replica_watermark ORDER BY replica`)) as WatermarkRow[];
    return rows.map(toWatermark);
  },

  /** In the event's own transaction: the newest occurredAt wins, every applied event counts. */
  async recordApplied(sql: ReplicaSql, replica: string, event: Pick<EventEnvelope, 'id' | 'occurredAt'>): Promise<void> {
    await sql.query(
      `UPDATE replica_watermark SET
         last_event_id = CASE WHEN last_occurred_at IS NULL OR $3::timestamptz >= last_occurred_at THEN $2::uuid ELSE last_event_id END,
         last_occurred_at = GREATEST(last_occurred_at, $3::timestamptz),
         applied_count = applied_count + 1,
         updated_at = now()
       WHERE replica = $1`,
      [replica, event.id, event.occurredAt],
    );
  },

  /** In the rebuild transaction: the snapshot reflects at least the owner's watermark event. */
  async recordSnapshot(sql: ReplicaSql, replica: string, takenAt: string, rows: number, watermark: SnapshotWatermark | null): Promise<void> {
    await sql.query(
      `UPDATE replica_watermark SET
         snapshot_taken_at = $2, snapshot_rows = $3,
         snapshot_source_event_id = $4, snapshot_source_occurred_at = $5,
         last_event_id = CASE WHEN $5::timestamptz IS NOT NULL AND (last_occurred_at IS NULL OR $5::timestamptz > last_occurred_at) THEN $4::uuid ELSE last_event_id END,
         last_occurred_at = GREATEST(last_occurred_at, $5::timestamptz),
         rebuild_requested_at = NULL, rebuilt_at = now(), updated_at = now()
       WHERE replica = $1`,
      [replica, takenAt, rows, watermark?.lastEventId ?? null, watermark?.lastOccurredAt ?? null],
    );
  },

  async requestRebuild(sql: ReplicaSql, replica: string): Promise<boolean> {
    const rows = (await sql.query(
      `UPDATE replica_watermark SET rebuild_requested_at = now(), updated_at = now() WHERE replica = $1 RETURNING replica`,
      [replica],
    )) as unknown[];
    return flatten(rows).length > 0;
  },

  async recordCheck(sql: ReplicaSql, replica: string, result: object): Promise<void> {
    await sql.query(`UPDATE replica_watermark SET checked_at = now(), check_result = $2, updated_at = now() WHERE replica = $1`, [
      replica,
      JSON.stringify(result),
    ]);
  },
};

/** TypeORM answers `[rows, count]` for UPDATE … RETURNING, a plain array otherwise. */
function flatten(result: unknown[]): unknown[] {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
}

function toWatermark(row: WatermarkRow): ReplicaWatermark {
  return {
    replica: row.replica,
    source: row.source,
    lastEventId: row.last_event_id,
    lastOccurredAt: row.last_occurred_at,
    appliedCount: Number(row.applied_count),
    snapshotTakenAt: row.snapshot_taken_at,
    snapshotRows: row.snapshot_rows === null ? null : Number(row.snapshot_rows),
    rebuildRequestedAt: row.rebuild_requested_at,
    rebuiltAt: row.rebuilt_at,
    checkedAt: row.checked_at,
    checkResult: row.check_result,
  };
}
