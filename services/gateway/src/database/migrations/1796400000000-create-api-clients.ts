import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SYSTEM_ADMIN_ROLE } from '../../roles/built-in-roles';

/**
 * API clients (client credentials) of subordinate committees' systems: the client, and its
 * secrets — more than one while a rotation's overlap window is open. Secrets are stored as
 * SHA-256 digests (they are 256-bit random values; see api-client-secret.ts). Gives the
 * system administrator role the new `admin:clients` permission.
 */
export class CreateApiClients1796400000000 implements MigrationInterface {
  name = 'CreateApiClients1796400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE api_client (
        id uuid PRIMARY KEY,
        client_id varchar(64) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        org_id uuid NOT NULL,
        -- The org and its ancestors at registration: which scoped administrators see the client.
        org_lineage uuid[] NOT NULL,
        permissions text[] NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A scoped administrator's list: clients whose lineage holds the scope root.
    await runner.query('CREATE INDEX api_client_org_lineage_idx ON api_client USING gin (org_lineage)');
    await runner.query(`
      CREATE TABLE api_client_secret (
        id uuid PRIMARY KEY,
        api_client_id uuid NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
        secret_sha256 bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- null while it is the current secret; set when a rotation retires it (end of the overlap).
        valid_until timestamptz
      )`);
    await runner.query('CREATE INDEX api_client_secret_client_idx ON api_client_secret (api_client_id)');
    await runner.query(`INSERT INTO role_permission (role_code, permission) SELECT code, 'admin:clients' FROM role WHERE code = $1 ON CONFLICT DO NOTHING`, [
      SYSTEM_ADMIN_ROLE,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM role_permission WHERE permission = 'admin:clients'`);
    await runner.query('DROP TABLE api_client_secret');
    await runner.query('DROP TABLE api_client');
  }
}
