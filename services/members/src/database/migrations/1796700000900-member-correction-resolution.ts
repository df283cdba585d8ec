import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8 §3: officers close a member's correction request (resolved: the record was corrected;
 * rejected: with a note saying why), and the member sees the outcome. An open request has no
 * resolution; a closed one always has its time and who closed it.
 */
export class MemberCorrectionResolution1796700000900 implements MigrationInterface {
  name = 'MemberCorrectionResolution1796700000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE member_correction_request
        ADD COLUMN resolved_at timestamptz NULL,
        ADD COLUMN resolved_by jsonb NULL,
        ADD COLUMN resolution_note text NULL,
        ADD CONSTRAINT member_correction_request_resolution_check
          CHECK ((status = 'open') = (resolved_at IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))`);
    // The officers' inbox (open requests of a subtree, oldest first) and a member's own list.
    await q.query(`CREATE INDEX member_correction_request_open_idx ON member_correction_request (org_id, id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX member_correction_request_member_idx ON member_correction_request (member_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_correction_request_member_idx`);
    await q.query(`DROP INDEX member_correction_request_open_idx`);
    await q.query(`
      ALTER TABLE member_correction_request
        DROP CONSTRAINT member_correction_request_resolution_check,
        DROP COLUMN resolution_note, DROP COLUMN resolved_by, DROP COLUMN resolved_at`);
  }
}
