import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations over time (issue 8 §1):
 * - `org_history`: one row per version of an org's place and names, over the days
 *   `[valid_from, valid_until)` (valid_until exclusive, NULL for the current version). Every
 *   write use case records the new version in the same transaction. It keeps `parent_id`, not
 *   the path: a move changes one row (the moved org's), and the tree on a day is rebuilt by
 *   following parent links as of that day.
 * - `org_term`: the terms (nhiệm kỳ) of an org; at most one open, never overlapping.
 * - `org_succession`: who succeeded whom in a merge or split (closed orgs are kept).
 * btree_gist lets the exclusion constraints compare the uuid with `=`; it is a trusted contrib
 * extension in PostgreSQL 15 and 18 (as pg_trgm, already required).
 */
export class CreateOrgHistoryTermsSuccession1796400000000 implements MigrationInterface {
  name = 'CreateOrgHistoryTermsSuccession1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE org_history (
        org_id uuid NOT NULL REFERENCES org (id),
        valid_from date NOT NULL,
        valid_until date NULL,
        parent_id uuid NULL REFERENCES org (id),
        name text NOT NULL,
        name_folded text COLLATE "C" NOT NULL,
        short_name text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'closed')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, valid_from),
        CONSTRAINT org_history_period_check CHECK (valid_until IS NULL OR valid_until > valid_from),
        CONSTRAINT org_history_no_overlap EXCLUDE USING gist (org_id WITH =, daterange(valid_from, valid_until) WITH &&)
      )`);
    await q.query(`COMMENT ON COLUMN org_history.valid_until IS 'First day this version no longer holds (exclusive); NULL: current'`);
    // "Children of P on day D": the versions under P that started by D (then valid_until > D filters).
    await q.query(`CREATE INDEX org_history_children_idx ON org_history (parent_id, valid_from) INCLUDE (valid_until, status)`);
    await q.query(`
      INSERT INTO org_history (org_id, valid_from, valid_until, parent_id, name, name_folded, short_name, kind, status)
      SELECT id, valid_from, CASE WHEN status = 'closed' THEN valid_to + 1 END, parent_id, name, name_folded, short_name, kind, 'active'
        FROM org`);
    await q.query(`
      INSERT INTO org_history (org_id, valid_from, valid_until, parent_id, name, name_folded, short_name, kind, status)
      SELECT id, valid_to + 1, NULL, parent_id, name, name_folded, short_name, kind, 'closed' FROM org WHERE status = 'closed'`);

    await q.query(`
      CREATE TABLE org_term (
        id uuid PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES org (id),
        number int NOT NULL CHECK (number BETWEEN 1 AND 1000),
        label text NOT NULL CHECK (char_length(label) BETWEEN 2 AND 100),
        start_date date NOT NULL,
        end_date date NULL,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT org_term_period_check CHECK (end_date IS NULL OR end_date >= start_date),
        CONSTRAINT org_term_number_uq UNIQUE (org_id, number),
        -- Two open terms always overlap ([a, ∞) && [b, ∞)), so this also keeps at most one open.
        CONSTRAINT org_term_no_overlap EXCLUDE USING gist (org_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
      )`);
    await q.query(`COMMENT ON COLUMN org_term.end_date IS 'Last day of the term (inclusive); NULL: open'`);

    await q.query(`
      CREATE TABLE org_succession (
        restructuring_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('merge', 'split', 'rename-into')),
        predecessor_id uuid NOT NULL REFERENCES org (id),
        successor_id uuid NOT NULL REFERENCES org (id),
        effective_date date NOT NULL,
        decision_ref text NOT NULL CHECK (char_length(decision_ref) BETWEEN 2 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (predecessor_id, successor_id, restructuring_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await q.query(`CREATE INDEX org_succession_successor_idx ON org_succession (successor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org_succession`);
    await q.query(`DROP TABLE org_term`);
    await q.query(`DROP TABLE org_history`);
  }
}
