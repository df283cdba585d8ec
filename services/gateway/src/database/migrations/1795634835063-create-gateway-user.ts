import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that sign in to the web UI. Roles, scopes, refresh-token families and lockout
 * counters arrive with the users issue, in their own tables.
 */
export class CreateGatewayUser1795634835063 implements MigrationInterface {
  name = 'CreateGatewayUser1795634835063';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway_user (
        id uuid PRIMARY KEY,
        username varchar(100) NOT NULL,
        full_name varchar(255) NOT NULL,
        password_hash text NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        must_change_password boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT gateway_user_username_key UNIQUE (username),
        -- Usernames are stored folded to lower case so that "Admin" and "admin" are one account.
        CONSTRAINT gateway_user_username_lower CHECK (username = lower(username))
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway_user');
  }
}
