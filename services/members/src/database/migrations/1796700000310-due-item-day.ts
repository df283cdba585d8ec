import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per computed day of the "việc cần làm" list: the lists read the latest day from here, so a
 * day on which nothing falls due answers an empty list of that day — not the day before's rows — and
 * "computed" is told apart from "never computed".
 */
export class DueItemDay1796700000310 implements MigrationInterface {
  name = 'DueItemDay1796700000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE due_item_day (
        computed_on date PRIMARY KEY,
        items int NOT NULL CHECK (items >= 0),
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO due_item_day (computed_on, items) SELECT computed_on, count(*) FROM due_item GROUP BY computed_on`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE due_item_day`);
  }
}
