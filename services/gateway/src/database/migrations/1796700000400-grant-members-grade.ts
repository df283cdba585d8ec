import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 §6 on existing installations: `members:grade` (annual grading under 366-QĐ/TW — open and
 * close campaigns, the chi bộ's proposal, the committee's decision) for the system administrator,
 * cấp ủy (secretary) and tổ chức (organization). Written out rather than read from BUILT_IN_ROLES;
 * idempotent, because a fresh database seeds it already.
 */
export class GrantMembersGrade1796700000400 implements MigrationInterface {
  name = 'GrantMembersGrade1796700000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO role_permission (role_code, permission)
       SELECT code, 'members:grade' FROM role WHERE code = ANY($1::text[])
       ON CONFLICT DO NOTHING`,
      [['admin', 'secretary', 'organization']],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM role_permission WHERE permission = 'members:grade'`);
  }
}
