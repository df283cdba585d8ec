import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports as background jobs (issue 10 §2, docs/import.md "Exports"). `member_export`: one export
 * asked for (the 7-HSĐV member list of a subtree, or the badge list of an occasion), its job's
 * progress (`rows_written` of `total_estimate`), and its file in the blob store once succeeded,
 * kept until `expires_at` (then deleted by the expiry job: status `expired`). `requested_by` is the
 * actor who asked: only that actor ever sees the export (the list index leads with its id).
 */
export class MemberExport1796700000940 implements MigrationInterface {
  name = 'MemberExport1796700000940';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_export (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('member-list', 'badge-list')),
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'expired')),
        rows_written int NOT NULL DEFAULT 0 CHECK (rows_written >= 0),
        total_estimate int NULL CHECK (total_estimate >= 0),
        file_name text NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        blob_key text NULL,
        size bigint NULL CHECK (size >= 0),
        error jsonb NULL,
        requested_by jsonb NOT NULL CHECK (requested_by ? 'id'),
        language text NOT NULL CHECK (language IN ('vi', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        finished_at timestamptz NULL,
        expires_at timestamptz NULL,
        CHECK (status <> 'succeeded' OR (file_name IS NOT NULL AND blob_key IS NOT NULL AND size IS NOT NULL AND expires_at IS NOT NULL))
      )`);
    // The caller's own exports, newest first (ids are UUIDv7: time-ordered).
    await q.query(`CREATE INDEX member_export_requester_idx ON member_export ((requested_by->>'id'), id DESC)`);
    // The expiry job's chunks: files past their time.
    await q.query(`CREATE INDEX member_export_expiry_idx ON member_export (expires_at) WHERE status = 'succeeded'`);
    // Exports whose run may have been lost (checked by the expiry job).
    await q.query(`CREATE INDEX member_export_open_idx ON member_export (created_at) WHERE status IN ('queued', 'running')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_export`);
  }
}
