import type { EventEnvelope, SnapshotPage, SnapshotSummary } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';

/** How one event type changes the replica; resolve true when it wrote (false: the version guard kept newer state). */
export interface ReplicaEventHandler<T extends object = object> {
  type: string;
  payloadType: new () => T;
  apply(event: EventEnvelope<T>, manager: EntityManager): Promise<boolean>;
}

/**
 * What a read-model replica is: its table, its source and how facts and snapshot rows land in
 * it. The kit (`Replica`) does the rest: first load, event stream, watermark, lag metric,
 * rebuild, consistency check. The table needs an id column and the source's aggregate version.
 */
export interface ReplicaDefinition<TRow> {
  /** The replica's name and table (`org_replica`): a plain lower-case identifier. */
  name: string;
  /** The owning service whose stream is read (`members`). */
  source: string;
  idColumn?: string;
  versionColumn?: string;
  events: readonly ReplicaEventHandler<object>[];
  /** Writes one snapshot page, inside the rebuild transaction (the table is already empty). */
  loadPage(manager: EntityManager, rows: readonly TRow[]): Promise<void>;
  /** After the last page, same transaction: derived columns (the org tree's paths). */
  finishSnapshot?(manager: EntityManager): Promise<void>;
}

/** The owner's side of a replica: paged snapshot and summary, over RPC in practice (`RpcSnapshotSource`). */
export interface SnapshotSource<TRow> {
  page(after: string | null, limit: number): Promise<SnapshotPage<TRow>>;
  summary(): Promise<SnapshotSummary>;
}
