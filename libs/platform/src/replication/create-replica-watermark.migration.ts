import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per read-model replica in this service's database (`org_replica`, …): how far it
 * has applied its source's facts, when its snapshot was taken, what the last consistency
 * check found, and whether an operator asked for a rebuild (`replica.cli` sets
 * `rebuild_requested_at`; the service's running replica does the rebuild and clears it).
 * Written in the same transaction as each applied event, so it never runs ahead of the data.
 */
export class CreateReplicaWatermark1796100000000 implements MigrationInterface {
  name = 'CreateReplicaWatermark1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE replica_watermark (
        replica text PRIMARY KEY,
        source text NOT NULL,
        last_event_id uuid NULL,
        last_occurred_at timestamptz NULL,
        applied_count bigint NOT NULL DEFAULT 0,
        snapshot_taken_at timestamptz NULL,
        snapshot_rows bigint NULL,
        snapshot_source_event_id uuid NULL,
        snapshot_source_occurred_at timestamptz NULL,
        rebuild_requested_at timestamptz NULL,
        rebuilt_at timestamptz NULL,
        checked_at timestamptz NULL,
        check_result jsonb NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE replica_watermark`);
  }
}
