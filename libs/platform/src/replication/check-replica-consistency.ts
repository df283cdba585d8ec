import type { SnapshotSummary } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { quoteIdentifier } from '../events/inbox/sql-identifier';
import type { ReplicaDefinition, SnapshotSource } from './replica-definition';
import { replicaWatermarks, type ReplicaSql } from './replica-watermark-store';

export interface ReplicaSide {
  count: number;
  checksum: string;
}

export interface ConsistencyReport {
  replica: string;
  equal: boolean;
  owner: ReplicaSide;
  replicaSide: ReplicaSide;
  /** The owner's newest fact is newer than the newest the replica applied (a difference may be lag, not loss). */
  behind: boolean;
  /** occurredAt of the owner's newest fact, and of the newest the replica holds (null: none). */
  ownerNewestAt: string | null;
  replicaNewestAt: string | null;
  /** Comparisons made: an unequal result is retried while the replica is behind. */
  attempts: number;
  checkedAt: string;
}

export interface CheckOptions<TRow> {
  dataSource: DataSource;
  definition: ReplicaDefinition<TRow>;
  snapshots: SnapshotSource<TRow>;
  /** Compare again this many times while unequal, `retryDelayMs` apart (default 3 × 1 s): events in flight settle. */
  attempts?: number;
  retryDelayMs?: number;
}

/** Count and `md5` of every `id:version` in id order: the same expression the owner computes. */
export async function replicaSummary(sql: ReplicaSql, definition: ReplicaDefinition<unknown>): Promise<ReplicaSide> {
  const id = quoteIdentifier(definition.idColumn ?? 'id');
  const version = quoteIdentifier(definition.versionColumn ?? 'version');
  const rows = (await sql.query(
    `SELECT count(*)::int AS count, md5(coalesce(string_agg(${id}::text || ':' || ${version}, ',' ORDER BY ${id}), '')) AS checksum
     FROM ${quoteIdentifier(definition.name)}`,
  )) as ReplicaSide[];
  return { count: rows[0].count, checksum: rows[0].checksum };
}

/**
 * Compares the replica with its owner: counts and a checksum of (id, version). Stores the result
 * in the watermark row (and the lag metric shows how far behind the owner the replica was).
 */
export async function checkReplicaConsistency<TRow>(options: CheckOptions<TRow>): Promise<ConsistencyReport> {
  const { dataSource, definition } = options;
  const maxAttempts = options.attempts ?? 3;
  let report: ConsistencyReport | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const owner = await options.snapshots.summary();
    const mine = await replicaSummary(dataSource, definition);
    const watermark = await replicaWatermarks.get(dataSource, definition.name);
    report = {
      replica: definition.name,
      equal: owner.count === mine.count && owner.checksum === mine.checksum,
      owner: { count: owner.count, checksum: owner.checksum },
      replicaSide: mine,
      behind: isBehind(owner, watermark?.lastOccurredAt ?? null),
      ownerNewestAt: owner.watermark?.lastOccurredAt ?? null,
      replicaNewestAt: watermark?.lastOccurredAt?.toISOString() ?? null,
      attempts: attempt,
      checkedAt: new Date().toISOString(),
    };
    if (report.equal) break;
    if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1_000));
  }
  const final = report as ConsistencyReport;
  await replicaWatermarks.recordCheck(dataSource, definition.name, final);
  return final;
}

function isBehind(owner: SnapshotSummary, lastApplied: Date | null): boolean {
  if (!owner.watermark) return false;
  return lastApplied === null || Date.parse(owner.watermark.lastOccurredAt) > lastApplied.getTime();
}
