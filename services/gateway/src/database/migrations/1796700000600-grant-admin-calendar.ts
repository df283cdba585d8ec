import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 §1 on existing installations: `admin:calendar` (the working-day calendar's overrides —
 * next year's Tết, announced swaps) for the system administrator. Written out rather than read from
 * BUILT_IN_ROLES; idempotent, because a fresh database seeds it already.
 */
export class GrantAdminCalendar1796700000600 implements MigrationInterface {
  name = 'GrantAdminCalendar1796700000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO role_permission (role_code, permission)
       SELECT code, 'admin:calendar' FROM role WHERE code = ANY($1::text[])
       ON CONFLICT DO NOTHING`,
      [['admin']],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM role_permission WHERE permission = 'admin:calendar'`);
  }
}
