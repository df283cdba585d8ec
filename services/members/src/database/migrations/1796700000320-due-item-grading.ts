import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Việc cần làm" also lists grading still to finish per chi bộ before an open campaign's deadline (366-QĐ/TW). */
export class DueItemGrading1796700000320 implements MigrationInterface {
  name = 'DueItemGrading1796700000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE due_item DROP CONSTRAINT due_item_kind_check`);
    await q.query(`ALTER TABLE due_item ADD CONSTRAINT due_item_kind_check CHECK (kind IN ('recognition', 'ceremony', 'badge', 'transfer-confirm', 'grading'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM due_item WHERE kind = 'grading'`);
    await q.query(`ALTER TABLE due_item DROP CONSTRAINT due_item_kind_check`);
    await q.query(`ALTER TABLE due_item ADD CONSTRAINT due_item_kind_check CHECK (kind IN ('recognition', 'ceremony', 'badge', 'transfer-confirm'))`);
  }
}
