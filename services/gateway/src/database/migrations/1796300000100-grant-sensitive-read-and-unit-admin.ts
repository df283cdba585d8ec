import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 4 §2 on existing installations: `members:read-sensitive` (a member record's religion,
 * ethnicity, family and health — Nghị định 13/2023/NĐ-CP) for the system administrator, cấp ủy,
 * tổ chức and kiểm tra; and the account administrator of a unit (`admin:users` in its subtree).
 * Written out rather than read from BUILT_IN_ROLES, so that a later change there cannot alter
 * what this migration did; idempotent, because a fresh database seeds both already.
 */
export class GrantSensitiveReadAndUnitAdmin1796300000100 implements MigrationInterface {
  name = 'GrantSensitiveReadAndUnitAdmin1796300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO role_permission (role_code, permission)
       SELECT code, 'members:read-sensitive' FROM role WHERE code = ANY($1::text[])
       ON CONFLICT DO NOTHING`,
      [['admin', 'secretary', 'organization', 'inspection']],
    );
    await runner.query(
      `INSERT INTO role (code, name_vi, name_en, clearance, built_in)
       VALUES ('unit-admin', 'Quản trị tài khoản đơn vị', 'Unit account administrator', 0, true) ON CONFLICT DO NOTHING`,
    );
    await runner.query(`INSERT INTO role_permission (role_code, permission) VALUES ('unit-admin', 'admin:users') ON CONFLICT DO NOTHING`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM role WHERE code = 'unit-admin' AND NOT EXISTS (SELECT 1 FROM user_role WHERE role_code = 'unit-admin')`);
    await runner.query(`DELETE FROM role_permission WHERE permission = 'members:read-sensitive'`);
  }
}
