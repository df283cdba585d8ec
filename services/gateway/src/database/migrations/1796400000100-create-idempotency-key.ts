import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys per principal (`user:<id>` / `client:<id>`), inserted `in_progress` before
 * the request runs (the primary key makes a concurrent duplicate lose), completed with the
 * answer after; `lease_until` frees a key whose request died with its process; `expires_at`
 * (24 h) is what the purge job deletes by. External references: a principal's own ids for
 * what it created (`externalId`), unique per principal and resource type.
 */
export class CreateIdempotencyKey1796400000100 implements MigrationInterface {
  name = 'CreateIdempotencyKey1796400000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE idempotency_key (
        principal varchar(80) NOT NULL,
        key varchar(255) NOT NULL,
        request_sha256 char(64) NOT NULL,
        method varchar(10) NOT NULL,
        path varchar(2000) NOT NULL,
        state varchar(12) NOT NULL CHECK (state IN ('in_progress', 'completed')),
        lease_until timestamptz NOT NULL,
        status_code smallint,
        headers jsonb,
        body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (principal, key)
      )`);
    await runner.query('CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at)');
    await runner.query(`
      CREATE TABLE external_ref (
        principal varchar(80) NOT NULL,
        resource_type varchar(50) NOT NULL,
        external_id varchar(255) NOT NULL,
        -- null while the create it was reserved for runs (or if it died; docs/integration.md, externalId).
        resource_id uuid,
        reserved_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, resource_type, external_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE external_ref');
    await runner.query('DROP TABLE idempotency_key');
  }
}
