import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar's per-date overrides (issue 9 §1): next year's Tết, a newly announced swap,
 * a correction — kept as data and merged over the national base data of libs/rules. One row per date;
 * every row names the document it comes from.
 */
export class CalendarOverride1796700000600 implements MigrationInterface {
  name = 'CalendarOverride1796700000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_override (
        date date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('holiday', 'day-off', 'working-day', 'default')),
        name_vi text NOT NULL CHECK (btrim(name_vi) <> '' AND length(name_vi) <= 200),
        source text NOT NULL CHECK (btrim(source) <> '' AND length(source) <= 300),
        created_by jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_override`);
  }
}
