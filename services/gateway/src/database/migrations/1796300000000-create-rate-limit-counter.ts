import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request counters per subject or address and fixed window, shared by every gateway replica.
 * UNLOGGED: counters are rewritten many times a second and worth nothing after a crash,
 * so they skip the WAL (and a replica restart loses at most one window's counts).
 */
export class CreateRateLimitCounter1796300000000 implements MigrationInterface {
  name = 'CreateRateLimitCounter1796300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        -- 's:<user id>', 's:client:<client id>' or 'a:<address>'
        key varchar(300) NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await runner.query('CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rate_limit_counter');
  }
}
