import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Excel imports (docs/import.md). `member_import`: one upload, its file in the blob store, its
 * counters (parsed, valid, invalid, committed) and its state. `member_import_row`: every data row
 * as the member record's create request, with its errors (cell references, in the import's
 * language) — the preview. `member_id` is the row → member mapping: set in the same transaction
 * that creates the member, unique, so a chunk committed twice creates nobody twice.
 * `party_member_name_dob_idx` serves the "same name and date of birth" duplicate check.
 */
export class MemberImport1796600000000 implements MigrationInterface {
  name = 'MemberImport1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_import (
        id uuid PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        blob_key text NOT NULL,
        blob_size bigint NOT NULL CHECK (blob_size >= 0),
        language text NOT NULL CHECK (language IN ('vi', 'en')),
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'parsing', 'parsed', 'failed', 'committing', 'committed')),
        file_error jsonb NULL,
        column_letters jsonb NOT NULL DEFAULT '{}'::jsonb,
        rows_parsed int NOT NULL DEFAULT 0 CHECK (rows_parsed >= 0),
        rows_valid int NOT NULL DEFAULT 0 CHECK (rows_valid >= 0),
        rows_invalid int NOT NULL DEFAULT 0 CHECK (rows_invalid >= 0),
        rows_committed int NOT NULL DEFAULT 0 CHECK (rows_committed >= 0),
        requested_by jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX member_import_org_idx ON member_import (org_path, created_at DESC, id)`);
    await q.query(`
      CREATE TABLE member_import_row (
        import_id uuid NOT NULL REFERENCES member_import (id) ON DELETE CASCADE,
        row_number int NOT NULL CHECK (row_number >= 2),
        request jsonb NOT NULL,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        citizen_id text NULL,
        card_number text NULL,
        name_key text NULL,
        date_of_birth text NULL,
        member_id uuid NULL,
        PRIMARY KEY (import_id, row_number)
      )`);
    await q.query(`CREATE UNIQUE INDEX member_import_row_member_uq ON member_import_row (member_id) WHERE member_id IS NOT NULL`);
    await q.query(`CREATE INDEX party_member_name_dob_idx ON party_member (full_name_folded, date_of_birth)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX party_member_name_dob_idx`);
    await q.query(`DROP TABLE member_import_row`);
    await q.query(`DROP TABLE member_import`);
  }
}
