import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `resolution`: a nghị quyết an organisation tracks (its own, e.g. `03-NQ/ĐU`, or a
 * superior's it implements). The symbol is not unique: Party numbering restarts every
 * committee term (HD 36-HD/VPTW point 1.3). The index serves the keyset page
 * "newest first" per organisation: WHERE org_id = ? AND (issued_on, id) < (?, ?).
 */
export class CreateResolution1795634794971 implements MigrationInterface {
  name = 'CreateResolution1795634794971';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE resolution (
        id         uuid        PRIMARY KEY,
        org_id     uuid        NOT NULL,
        symbol     text        NOT NULL CONSTRAINT resolution_symbol_check CHECK (length(btrim(symbol)) BETWEEN 1 AND 100),
        title      text        NOT NULL CONSTRAINT resolution_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 1000),
        issued_on  date        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX resolution_org_issued_on_idx ON resolution (org_id, issued_on DESC, id DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE resolution');
  }
}
