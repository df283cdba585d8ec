import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh')`;

/** One step's points, level, comment, time and actor (null until the step is taken). */
function markColumns(prefix: string): string {
  return `
        ${prefix}_points int NULL CHECK (${prefix}_points BETWEEN 0 AND 100),
        ${prefix}_level text NULL CHECK (${prefix}_level IN ${LEVELS}),
        ${prefix}_comment text NULL,
        ${prefix}_at timestamptz NULL,
        ${prefix}_by text NULL,
        CHECK ((${prefix}_points IS NULL) = (${prefix}_level IS NULL) AND (${prefix}_level IS NULL) = (${prefix}_at IS NULL))`;
}

/**
 * Annual quality grading (366-QĐ/TW; members.md §6). `grading_campaign`: one
 * per org subtree and year. Opening it lists, set-based, every member on the official roll of the
 * subtree (`member_grading`, with the org and path they are graded in, frozen then) and every open
 * org (`org_grading`). Exempt members are listed with their exclusion reason and never graded.
 * Each grading row has its own id (the events' aggregate) and version (If-Match).
 */
export class CreateGrading1796700000400 implements MigrationInterface {
  name = 'CreateGrading1796700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE grading_campaign (
        id uuid PRIMARY KEY,
        root_org_id uuid NOT NULL REFERENCES org (id),
        root_org_path text COLLATE "C" NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2025 AND 2100),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        deadline date NOT NULL,
        reference_date date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        member_count int NOT NULL DEFAULT 0,
        excluded_count int NOT NULL DEFAULT 0,
        org_count int NOT NULL DEFAULT 0,
        version int NOT NULL DEFAULT 1,
        CONSTRAINT grading_campaign_org_year_uq UNIQUE (root_org_id, year)
      )`);
    await q.query(`CREATE INDEX grading_campaign_path_idx ON grading_campaign (root_org_path, year DESC, id)`);
    await q.query(`
      CREATE TABLE member_grading (
        id uuid NOT NULL UNIQUE,
        campaign_id uuid NOT NULL REFERENCES grading_campaign (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES party_member (id),
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        exclusion_reason text NULL CHECK (exclusion_reason IN ('exempt', 'admitted-after-year')),
        step text NOT NULL DEFAULT 'pending' CHECK (step IN ('pending', 'self-assessed', 'proposed', 'decided')),
        ${markColumns('self')},
        ${markColumns('proposed')},
        ${markColumns('decided')},
        decision_ref text NULL,
        version int NOT NULL DEFAULT 1,
        PRIMARY KEY (campaign_id, member_id),
        CHECK (exclusion_reason IS NULL OR step = 'pending')
      )`);
    await q.query(`CREATE INDEX member_grading_path_idx ON member_grading (campaign_id, org_path, member_id)`);
    await q.query(`CREATE INDEX member_grading_org_idx ON member_grading (campaign_id, org_id, decided_level)`);
    await q.query(`
      CREATE TABLE org_grading (
        id uuid NOT NULL UNIQUE,
        campaign_id uuid NOT NULL REFERENCES grading_campaign (id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        parent_id uuid NULL,
        ${markColumns('decided')},
        decision_ref text NULL,
        version int NOT NULL DEFAULT 1,
        PRIMARY KEY (campaign_id, org_id)
      )`);
    await q.query(`CREATE INDEX org_grading_parent_idx ON org_grading (campaign_id, parent_id, org_path)`);
    await q.query(`CREATE UNIQUE INDEX org_grading_path_uq ON org_grading (campaign_id, org_path)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org_grading`);
    await q.query(`DROP TABLE member_grading`);
    await q.query(`DROP TABLE grading_campaign`);
  }
}
