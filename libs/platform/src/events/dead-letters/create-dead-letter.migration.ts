import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a consumer group gave up on (`EventConsumer`): the whole envelope, why, how often it
 * failed, and the replay state. One row per (group, event): a second failure of the same event
 * updates the row. `last_error` holds a redacted, truncated message (never a stack, never a
 * secret). `replay_requested_at` is set by the operator's command; the running consumer of the
 * group replays the row through its handler and sets `replayed_at`.
 * `event_id` is text: an envelope with a malformed id is dead-lettered too.
 */
export class CreateDeadLetter1796000000100 implements MigrationInterface {
  name = 'CreateDeadLetter1796000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letter (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        envelope jsonb NOT NULL,
        reason text NOT NULL CHECK (reason IN ('handler-failed', 'invalid-payload', 'invalid-envelope', 'unknown-type')),
        attempts int NOT NULL CHECK (attempts >= 1),
        last_error text NOT NULL CHECK (char_length(last_error) <= 2000),
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL,
        replay_requested_at timestamptz NULL,
        replayed_at timestamptz NULL,
        CONSTRAINT dead_letter_event_uq UNIQUE (consumer_group, event_id)
      )`);
    await q.query(`CREATE INDEX dead_letter_group_idx ON dead_letter (consumer_group, id)`);
    await q.query(`CREATE INDEX dead_letter_replay_idx ON dead_letter (consumer_group, id) WHERE replay_requested_at IS NOT NULL AND replayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letter`);
  }
}
