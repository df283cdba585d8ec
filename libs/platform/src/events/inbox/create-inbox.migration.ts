import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consumer inbox: one row per event a consumer group has applied, written in the same
 * transaction as the event's effect (see `applyOnce`), so a redelivery finds the row and is a no-op.
 *
 * - Key `(consumer_group, event_id)`: two groups of one service (an org replica and a
 *   notification sender) may both apply the same event.
 * - `family_key`: set only when a group handles several versions of one fact
 *   (`members.org.moved.v1` and `.v2`); unique per group, so the second version of the same
 *   fact (same aggregate and aggregate version) is a no-op. See `EventConsumer`.
 * - Bounded by `purgeInbox` (rows older than the retention, 30 days by default, deleted in
 *   chunks through `inbox_applied_at_idx`). The retention must exceed how long the stream can
 *   redeliver (JetStream `max_age`, the bus' retention): older events can no longer come back.
 *   Not partitioned: a partitioned table's unique key must include the partition column, and a
 *   key with `applied_at` in it would no longer catch a redelivery.
 */
export class CreateEventInbox1796000000000 implements MigrationInterface {
  name = 'CreateEventInbox1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        aggregate_id text NOT NULL,
        aggregate_version bigint NOT NULL,
        family_key text NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inbox_pk PRIMARY KEY (consumer_group, event_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX inbox_family_uq ON inbox (consumer_group, family_key) WHERE family_key IS NOT NULL`);
    await q.query(`CREATE INDEX inbox_applied_at_idx ON inbox (applied_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox`);
  }
}
