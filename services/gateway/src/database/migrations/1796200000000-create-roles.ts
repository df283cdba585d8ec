import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_ROLES, SYSTEM_ADMIN_ROLE } from '../../roles/built-in-roles';

/**
 * Roles as data (`role`, `role_permission`), a user's roles with their scope (`user_role`),
 * and the user fields the users API needs. Seeds the built-in roles and gives the existing
 * bootstrap administrator the system administrator role over the whole tree.
 */
export class CreateRoles1796200000000 implements MigrationInterface {
  name = 'CreateRoles1796200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE role (
        code varchar(50) PRIMARY KEY,
        name_vi varchar(200) NOT NULL,
        name_en varchar(200) NOT NULL,
        clearance smallint NOT NULL DEFAULT 0 CHECK (clearance BETWEEN 0 AND 3),
        built_in boolean NOT NULL DEFAULT false
      )`);
    await runner.query(`
      CREATE TABLE role_permission (
        role_code varchar(50) NOT NULL REFERENCES role (code) ON DELETE CASCADE,
        permission varchar(50) NOT NULL,
        PRIMARY KEY (role_code, permission)
      )`);
    await runner.query(`
      ALTER TABLE gateway_user
        ADD COLUMN home_org_id uuid,
        ADD COLUMN member_id uuid,
        ADD COLUMN search_text text NOT NULL DEFAULT '',
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await runner.query(`UPDATE gateway_user SET search_text = lower(username || ' ' || full_name)`);
    await runner.query(`
      CREATE TABLE user_role (
        user_id uuid NOT NULL REFERENCES gateway_user (id) ON DELETE CASCADE,
        role_code varchar(50) NOT NULL REFERENCES role (code),
        -- Root of the subtree the role applies to; null = the whole tree (system administrator only).
        scope_org_id uuid,
        PRIMARY KEY (user_id, role_code)
      )`);
    for (const role of BUILT_IN_ROLES) {
      await runner.query(`INSERT INTO role (code, name_vi, name_en, clearance, built_in) VALUES ($1, $2, $3, $4, true)`, [
        role.code,
        role.nameVi,
        role.nameEn,
        role.clearance,
      ]);
      await runner.query(`INSERT INTO role_permission (role_code, permission) SELECT $1, unnest($2::text[])`, [role.code, [...role.permissions]]);
    }
    await runner.query(`INSERT INTO user_role (user_id, role_code, scope_org_id) SELECT id, $1, NULL FROM gateway_user WHERE username = 'admin'`, [
      SYSTEM_ADMIN_ROLE,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE user_role');
    await runner.query('ALTER TABLE gateway_user DROP COLUMN home_org_id, DROP COLUMN member_id, DROP COLUMN search_text, DROP COLUMN version, DROP COLUMN updated_at');
    await runner.query('DROP TABLE role_permission');
    await runner.query('DROP TABLE role');
  }
}
