import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The badge register and the daily "việc cần làm" list (issue 9 §5, §7).
 *
 * - `member_badge`: the sổ tặng Huy hiệu Đảng — one row per badge given (member, milestone, occasion,
 *   basis, decision), a milestone at most once per member.
 * - `member_discipline`: discipline decisions that delay a badge (29-QĐ/TW point 27.3: cảnh cáo 6 months,
 *   cách chức 12) and khai trừ; `member_serious_illness`: the early award for serious illness.
 * - `due_item`: what falls due per organisation, recomputed as one set by the daily job; the rows of a
 *   day are replaced together, so a rerun of the same day leaves the same set. Reads take the latest day.
 *   `org_path` is the org's path on the day (subtree = one btree range, as party_member.org_path).
 */
export class BadgesAndDueItems1796700000300 implements MigrationInterface {
  name = 'BadgesAndDueItems1796700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_badge (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        milestone smallint NOT NULL CHECK (milestone IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)),
        occasion_date date NOT NULL,
        basis text NOT NULL CHECK (basis IN ('regular', 'early-serious-illness', 'posthumous')),
        decision_number text NOT NULL CHECK (char_length(decision_number) BETWEEN 1 AND 50),
        decision_date date NOT NULL,
        badge_number text NULL,
        recorded_by jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (member_id, milestone)
      )`);
    await q.query(`COMMENT ON TABLE member_badge IS 'Sổ tặng Huy hiệu Đảng: badges given (members.md §4.6)'`);
    await q.query(`
      CREATE TABLE member_discipline (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        form text NOT NULL CHECK (form IN ('khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru')),
        decided_on date NOT NULL,
        decision_ref text NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX member_discipline_member_idx ON member_discipline (member_id, decided_on)`);
    await q.query(`
      CREATE TABLE member_serious_illness (
        member_id uuid PRIMARY KEY REFERENCES party_member (id) ON DELETE CASCADE,
        since date NOT NULL,
        note text NULL
      )`);
    await q.query(`
      CREATE TABLE due_item (
        id uuid PRIMARY KEY,
        computed_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('recognition', 'ceremony', 'badge', 'transfer-confirm')),
        item_key text NOT NULL,
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        member_id uuid NULL REFERENCES party_member (id) ON DELETE CASCADE,
        due_on date NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object'),
        rule text NOT NULL,
        UNIQUE (computed_on, kind, item_key)
      )`);
    await q.query(`CREATE INDEX due_item_subtree_idx ON due_item (computed_on, org_path, due_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['due_item', 'member_serious_illness', 'member_discipline', 'member_badge']) await q.query(`DROP TABLE ${table}`);
  }
}
