import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A confirmed temporary transfer ends when its period does (29-QĐ/TW: 3 months to under 1 year, or a
 * course of study): the daily job marks it `returned`, ends the hosted membership and puts the member
 * back on the home roll's status. The partial index serves that daily pass.
 */
export class MemberTransferReturned1796700000110 implements MigrationInterface {
  name = 'MemberTransferReturned1796700000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_transfer DROP CONSTRAINT member_transfer_state_check`);
    await q.query(`ALTER TABLE member_transfer ADD CONSTRAINT member_transfer_state_check
      CHECK (state IN ('issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled', 'returned'))`);
    await q.query(`CREATE INDEX member_transfer_temporary_end_idx ON member_transfer (temporary_until) WHERE state = 'confirmed' AND kind = 'temporary'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_transfer_temporary_end_idx`);
    await q.query(`UPDATE member_transfer SET state = 'confirmed' WHERE state = 'returned'`);
    await q.query(`ALTER TABLE member_transfer DROP CONSTRAINT member_transfer_state_check`);
    await q.query(`ALTER TABLE member_transfer ADD CONSTRAINT member_transfer_state_check
      CHECK (state IN ('issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled'))`);
  }
}
