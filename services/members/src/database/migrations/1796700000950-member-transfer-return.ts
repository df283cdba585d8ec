import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A confirmed temporary transfer may end before its period does (the work assignment ends early): the
 * day the member came back and the officer's note are kept with the transfer. A transfer the daily
 * job returns came back on its period's last day.
 */
export class MemberTransferReturn1796700000950 implements MigrationInterface {
  name = 'MemberTransferReturn1796700000950';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_transfer
      ADD COLUMN returned_on date NULL,
      ADD COLUMN return_note text NULL CHECK (char_length(return_note) BETWEEN 1 AND 1000)`);
    await q.query(`UPDATE member_transfer SET returned_on = temporary_until WHERE state = 'returned'`);
    await q.query(`ALTER TABLE member_transfer ADD CONSTRAINT member_transfer_returned_on
      CHECK ((state = 'returned') = (returned_on IS NOT NULL) AND (returned_on IS NULL OR returned_on BETWEEN temporary_from AND temporary_until))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_transfer DROP CONSTRAINT member_transfer_returned_on`);
    await q.query(`ALTER TABLE member_transfer DROP COLUMN return_note, DROP COLUMN returned_on`);
  }
}
