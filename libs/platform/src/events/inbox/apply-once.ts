import type { EventEnvelope } from '@lienthong/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export type ApplyOutcome = 'applied' | 'duplicate';

export interface ApplyOnceOptions {
  /**
   * Dedupe key shared by every version of one fact (`members.org.moved:<aggregate>:<version>`):
   * the first version applied wins, the others are no-ops. Undefined = by event id only.
   */
  familyKey?: string;
}

/**
 * Applies an event at most once per consumer group: one transaction inserts the inbox row
 * and runs `apply` with the same manager. A row already there (a redelivery, a duplicate
 * publish, another replica that got there first) makes it a no-op that returns `duplicate`.
 * If `apply` throws, the transaction rolls back with the inbox row, so the event can be
 * applied again later. Concurrent deliveries of one event: the second INSERT waits for the
 * first transaction and then finds its row.
 */
export async function applyOnce(
  dataSource: DataSource,
  group: string,
  envelope: EventEnvelope,
  apply: (manager: EntityManager) => Promise<void>,
  options: ApplyOnceOptions = {},
): Promise<ApplyOutcome> {
  return dataSource.transaction((manager) => applyOnceIn(manager, group, envelope, apply, options));
}

/** `applyOnce` inside a transaction the caller already holds (dead-letter replay). */
export async function applyOnceIn(
  manager: EntityManager,
  group: string,
  envelope: EventEnvelope,
  apply: (manager: EntityManager) => Promise<void>,
  options: ApplyOnceOptions = {},
): Promise<ApplyOutcome> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer_group, event_id, event_type, aggregate_id, aggregate_version, family_key)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING
     RETURNING event_id`,
    [group, envelope.id, envelope.type, envelope.aggregateId, envelope.aggregateVersion, options.familyKey ?? null],
  );
  if (inserted.length === 0) return 'duplicate';
  await apply(manager);
  return 'applied';
}
