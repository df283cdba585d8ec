import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sổ đăng ký văn bản đi/đến, one book per organisation, direction and year
 * (693-QĐ/VPTW, 15/12/2021, on document management in Party bodies). Incoming numbers run
 * through the calendar year (the NĐ 30/2020 proxy the domain notes cite), hence `year`.
 * `next_number` is the next entry of the book, not a document number: outgoing Party
 * documents are numbered per type and per committee term (HD 36-HD/VPTW point 1.3).
 */
export class CreateDocumentRegister1795634794969 implements MigrationInterface {
  name = 'CreateDocumentRegister1795634794969';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE document_register (
        id          uuid        PRIMARY KEY,
        org_id      uuid        NOT NULL,
        direction   text        NOT NULL CONSTRAINT document_register_direction_check CHECK (direction IN ('incoming', 'outgoing')),
        name        text        NOT NULL CONSTRAINT document_register_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 255),
        year        integer     NOT NULL CONSTRAINT document_register_year_check CHECK (year BETWEEN 1930 AND 2200),
        next_number integer     NOT NULL DEFAULT 1 CONSTRAINT document_register_next_number_check CHECK (next_number >= 1),
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_register_org_direction_year_name_key UNIQUE (org_id, direction, year, name)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE document_register');
  }
}
