import { Counter, Gauge, type Registry } from 'prom-client';

/** What a running replica knows about itself, read at scrape time (no database work in a scrape). */
export interface ReplicaGaugeValues {
  lastOccurredAt: Date | null;
  appliedCount: number;
  snapshotTakenAt: Date | null;
  /** From the last consistency check: the owner's newest fact minus the newest applied, in seconds. */
  behindOwnerSeconds: number | null;
  consistent: boolean | null;
}

export interface ReplicaMetrics {
  rebuilds: Counter<'replica' | 'outcome'>;
  /** Register a replica's values; returns the unregister function. */
  track(replica: string, values: () => ReplicaGaugeValues): () => void;
}

const providers = new WeakMap<Registry, Map<string, () => ReplicaGaugeValues>>();

/**
 * Replica metrics in the service's registry, labelled by replica:
 *  - `lienthong_replica_lag_seconds`: now − occurredAt of the newest fact applied (or loaded by a
 *    snapshot). It grows while the owner is quiet; read it with `…_behind_owner_seconds`.
 *  - `lienthong_replica_behind_owner_seconds`: at the last consistency check, how much newer the
 *    owner's newest fact was than the replica's (0 = caught up): the "unapplied" measure.
 *  - `lienthong_replica_applied_events`, `…_snapshot_age_seconds`, `…_consistent` (1/0), `…_rebuilds_total`.
 */
export function replicaMetrics(registry: Registry): ReplicaMetrics {
  let byReplica = providers.get(registry);
  if (!byReplica) {
    byReplica = new Map();
    providers.set(registry, byReplica);
    const all = byReplica;
    const gauge = (name: string, help: string, value: (v: ReplicaGaugeValues, now: number) => number | null) =>
      new Gauge({
        name,
        help,
        labelNames: ['replica'],
        registers: [registry],
        collect() {
          this.reset();
          const now = Date.now();
          for (const [replica, values] of all) {
            const v = value(values(), now);
            if (v !== null) this.set({ replica }, v);
          }
        },
      });
    gauge('lienthong_replica_lag_seconds', 'Now minus occurredAt of the newest fact the replica holds', (v, now) =>
      v.lastOccurredAt ? Math.max(0, now - v.lastOccurredAt.getTime()) / 1000 : null,
    );
    gauge('lienthong_replica_behind_owner_seconds', "At the last check: the owner's newest fact minus the replica's newest, in seconds", (v) => v.behindOwnerSeconds);
    gauge('lienthong_replica_applied_events', 'Events applied to the replica since its table was created', (v) => v.appliedCount);
    gauge('lienthong_replica_snapshot_age_seconds', 'Age of the snapshot the replica was last rebuilt from', (v, now) =>
      v.snapshotTakenAt ? Math.max(0, now - v.snapshotTakenAt.getTime()) / 1000 : null,
    );
    gauge('lienthong_replica_consistent', '1 when the last consistency check found the replica equal to its owner', (v) =>
      v.consistent === null ? null : v.consistent ? 1 : 0,
    );
  }
  const rebuilds =
    (registry.getSingleMetric('lienthong_replica_rebuilds_total') as Counter<'replica' | 'outcome'> | undefined) ??
    new Counter({ name: 'lienthong_replica_rebuilds_total', help: 'Replica rebuilds from a snapshot, by outcome', labelNames: ['replica', 'outcome'], registers: [registry] });
  const tracked = byReplica;
  return {
    rebuilds,
    track(replica, values) {
      tracked.set(replica, values);
      return () => tracked.delete(replica);
    },
  };
}
