import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens (only their sha256 is stored; a family is one sign-in and its rotations)
 * and the sign-in failure counters shared by every gateway replica.
 */
export class CreateRefreshTokenAndLoginThrottle1796200000100 implements MigrationInterface {
  name = 'CreateRefreshTokenAndLoginThrottle1796200000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES gateway_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await runner.query('CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)');
    await runner.query('CREATE INDEX refresh_token_user_idx ON refresh_token (user_id) WHERE revoked_at IS NULL');
    await runner.query(`
      CREATE TABLE login_throttle (
        -- 'u:<folded username>' (whether or not the account exists) or 'a:<address>'
        key varchar(300) PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        -- How many lockouts in a row: the next one lasts base * 2^lock_level (capped).
        lock_level integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE login_throttle');
    await runner.query('DROP TABLE refresh_token');
  }
}
