import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox of a service: every fact is written here in the same transaction
 * as the change it reports, and the relay publishes it afterwards (`events/relay`).
 *
 * Order: `position` (an identity column) and not the uuidv7 `id` orders the relay. Ids are
 * ordered only to the millisecond (two events of one aggregate in one millisecond could swap),
 * while a position is taken at INSERT, after the row lock that serialises writers of the same
 * aggregate: per aggregate, position order is commit order. The relay reads *unsent rows*,
 * never "rows after a watermark", so a lower position that commits late is still picked up.
 *
 * Bounded without partitions: sent rows are deleted after a retention period (7 days by
 * default, `purgeSentOutbox`), by primary-key range (uuidv7 ids are time-ordered), so the table
 * holds the unsent rows plus a week of history. The relay reads through a partial index that
 * holds only unsent rows, so its cost does not grow with the history. Monthly partitions would
 * make the purge a DROP instead of a DELETE; they pay off only at sustained volumes far above
 * what a service emits (bulk jobs emit one coarse event per batch), and they would force the
 * partition key into the primary key. Revisit when a service sustains > ~10 M events a week.
 */
export class CreateOutbox1795700000000 implements MigrationInterface {
  name = 'CreateOutbox1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        aggregate_version integer NOT NULL,
        owner_org_id uuid NULL,
        occurred_at timestamptz NOT NULL,
        envelope jsonb NOT NULL,
        sent_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
  }
}
