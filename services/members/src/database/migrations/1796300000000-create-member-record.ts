import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The party-member record: the person and the record numbers (`party_member`), the sensitive
 * part kept apart (`member_sensitive`: withheld by leaving the table out of the query), the
 * admission periods, the card history, the org memberships over time, members' correction
 * requests, and the versioned rules the record is checked against (`member_record_rule`).
 *
 * Scale (5.5 M rows): `party_member.org_path` is the holding org's materialized path copied onto
 * the row, so a subtree is one btree range without a join; a statement trigger on `org` keeps it
 * equal to `org.path` when orgs move. Expected plans, for the benchmark to confirm:
 * - subtree page: Index Scan on party_member_subtree_idx, `org_path` range + keyset
 *   `(org_path, full_name_folded, id) > (...)`, LIMIT n → O(n) at any depth;
 * - counts of a subtree: Index Only Scan on party_member_subtree_idx (status is INCLUDEd),
 *   one pass over the subtree's entries, no heap when the visibility map is current;
 * - name search ("nguyen van an"): folded words as `LIKE '%w%'` ordered by (full_name_folded, id):
 *   either a walk of party_member_name_idx in order filtering rows (common names, few pages) or
 *   a Bitmap Index Scan on party_member_name_trgm_idx + sort of the matches (rare names); the
 *   planner chooses from the trigram selectivity;
 * - citizen ID / card number: unique index lookups.
 */
export class CreateMemberRecord1796300000000 implements MigrationInterface {
  name = 'CreateMemberRecord1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE member_record_rule (
        id serial PRIMARY KEY,
        rule text NOT NULL CHECK (rule IN ('card-number', 'history-number', 'probation-months', 'min-admission-age')),
        value text NOT NULL,
        effective_from date NOT NULL,
        effective_to date NULL,
        source text NOT NULL,
        CHECK (effective_to IS NULL OR effective_to >= effective_from),
        UNIQUE (rule, effective_from)
      )`);
    await q.query(`COMMENT ON TABLE member_record_rule IS 'Formats and limits the record is checked against, by the date they apply to (card: issue date; probation and age: admission decision date)'`);
    for (const [rule, value, from, source] of RULES) {
      await q.query(`INSERT INTO member_record_rule (rule, value, effective_from, source) VALUES ($1, $2, $3, $4)`, [rule, value, from, source]);
    }

    await q.query(`
      CREATE TABLE party_member (
        id uuid PRIMARY KEY,
        full_name text NOT NULL CHECK (char_length(full_name) BETWEEN 2 AND 255),
        full_name_folded text COLLATE "C" NOT NULL,
        birth_name text NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        sex text NOT NULL CHECK (sex IN ('male', 'female')),
        date_of_birth date NOT NULL,
        place_of_birth text NULL,
        home_town text NULL,
        permanent_residence text NULL,
        temporary_residence text NULL,
        citizen_id text NULL CHECK (citizen_id ~ '^[0-9]{12}$'),
        occupation text NULL,
        education text NULL,
        qualifications text NULL,
        political_theory text NULL CHECK (political_theory IN (${list(THEORY)})),
        languages text[] NOT NULL DEFAULT '{}',
        history_number text NULL,
        status text NOT NULL CONSTRAINT party_member_status_check CHECK (status IN (${list(STATUSES)})),
        status_since date NOT NULL,
        first_admission_date date NOT NULL,
        party_age_since date NOT NULL,
        card_number text NULL,
        org_id uuid NOT NULL REFERENCES org (id),
        org_path text COLLATE "C" NOT NULL,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (date_of_birth < first_admission_date),
        CHECK (party_age_since >= first_admission_date)
      )`);
    await q.query(`COMMENT ON COLUMN party_member.org_path IS 'org.path of org_id, kept equal by the trigger party_member_follow_org_path'`);
    await q.query(`COMMENT ON COLUMN party_member.party_age_since IS 'First admission decision + days outside the Party (Điều lệ Art. 5.4): party age = today - this'`);
    // Old records may lack a CCCD: unique where present.
    await q.query(`CREATE UNIQUE INDEX party_member_citizen_id_uq ON party_member (citizen_id) WHERE citizen_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX party_member_history_number_uq ON party_member (history_number) WHERE history_number IS NOT NULL`);
    await q.query(`CREATE INDEX party_member_subtree_idx ON party_member (org_path, full_name_folded, id) INCLUDE (status)`);
    await q.query(`CREATE INDEX party_member_name_idx ON party_member (full_name_folded, id)`);
    await q.query(`CREATE INDEX party_member_name_trgm_idx ON party_member USING gin (full_name_folded gin_trgm_ops)`);
    await q.query(`CREATE INDEX party_member_org_idx ON party_member (org_id)`);

    await q.query(`
      CREATE TABLE member_sensitive (
        member_id uuid PRIMARY KEY REFERENCES party_member (id) ON DELETE CASCADE,
        ethnicity text NULL,
        religion text NULL,
        family jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(family) = 'array'),
        health text NULL
      )`);
    await q.query(`COMMENT ON TABLE member_sensitive IS 'Sensitive personal data (Nghị định 13/2023/NĐ-CP): read only with members:read-sensitive'`);

    await q.query(`
      CREATE TABLE member_period (
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        seq smallint NOT NULL CHECK (seq >= 1),
        admission_decision_date date NOT NULL,
        admission_decision_number text NULL,
        ceremony_date date NULL,
        recognition_date date NULL,
        ended_on date NULL,
        end_reason text NULL,
        PRIMARY KEY (member_id, seq),
        CHECK (ceremony_date IS NULL OR ceremony_date >= admission_decision_date),
        CHECK (recognition_date IS NULL OR recognition_date > admission_decision_date),
        CHECK (ended_on IS NULL OR ended_on >= admission_decision_date)
      )`);

    await q.query(`
      CREATE TABLE member_card (
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        seq smallint NOT NULL CHECK (seq >= 1),
        card_number text NOT NULL,
        issued_on date NOT NULL,
        replaced_on date NULL,
        PRIMARY KEY (member_id, seq),
        CHECK (replaced_on IS NULL OR replaced_on >= issued_on)
      )`);
    // A number names one card, ever: a card number found in a search leads to one member.
    await q.query(`CREATE UNIQUE INDEX member_card_number_uq ON member_card (card_number)`);

    await q.query(`
      CREATE TABLE member_org_membership (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES org (id),
        kind text NOT NULL CHECK (kind IN ('official', 'temporary')),
        started_on date NOT NULL,
        ended_on date NULL,
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX member_org_membership_member_idx ON member_org_membership (member_id, started_on)`);
    await q.query(`
      CREATE UNIQUE INDEX member_org_membership_open_official_uq ON member_org_membership (member_id)
      WHERE kind = 'official' AND ended_on IS NULL`);
    // Temporary-in lists and counts: few rows, found from the host orgs of a subtree.
    await q.query(`CREATE INDEX member_org_membership_temporary_idx ON member_org_membership (org_id, member_id) WHERE kind = 'temporary' AND ended_on IS NULL`);

    await q.query(`
      CREATE TABLE member_correction_request (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES org (id),
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
        note text NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'rejected')),
        requested_by jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX member_correction_request_org_idx ON member_correction_request (org_id, id)`);

    // Orgs move as one set-based UPDATE of paths: the members they hold follow in one more.
    await q.query(`
      CREATE FUNCTION party_member_follow_org_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE party_member m SET org_path = n.path
          FROM new_org n JOIN old_org o ON o.id = n.id
         WHERE o.path IS DISTINCT FROM n.path AND m.org_id = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER party_member_follow_org_path AFTER UPDATE ON org
      REFERENCING OLD TABLE AS old_org NEW TABLE AS new_org
      FOR EACH STATEMENT EXECUTE FUNCTION party_member_follow_org_path()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER party_member_follow_org_path ON org`);
    await q.query(`DROP FUNCTION party_member_follow_org_path()`);
    for (const table of ['member_correction_request', 'member_org_membership', 'member_card', 'member_period', 'member_sensitive', 'party_member', 'member_record_rule']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
// Frozen as they were when this migration ran; a new status is a new migration.
const STATUSES = ['probationary', 'official', 'exempt', 'temporarily-transferred-out', 'transferred-out', 'deceased', 'removed', 'expelled', 'resigned'];
const THEORY = ['none', 'so-cap', 'trung-cap', 'cao-cap', 'cu-nhan'];

/**
 * The rules as far as the sources in members.md go. A rule that changes gets `effective_to` and
 * a new row (Chỉ thị 51-CT/TW, 08/8/2025, exchanged cards "đồng bộ với cơ sở dữ liệu đảng viên";
 * its numbering is not yet known [VERIFY], so the 8-digit row stays open). Dates before the first
 * row of a rule are not checked against it: old records keep what their era allowed
 * (12-HD/BTCTW Phụ lục 1 lists the older probation lengths; add rows for them when migrating).
 */
const RULES: [string, string, string, string][] = [
  ['card-number', '^[0-9]{8}$', '2003-01-01', 'Chỉ thị 29-CT/TW (2003): thẻ 8 chữ số; Hướng dẫn khai phiếu đảng viên (BTCTW) [VERIFY ngày hiệu lực]'],
  ['history-number', '^[0-9]{6}[A-ZĐ]{1,3}$', '2003-01-01', 'Hướng dẫn khai phiếu đảng viên (BTCTW): 6 chữ số + 1–3 chữ cái mã đảng bộ tỉnh [VERIFY ngày hiệu lực]'],
  ['probation-months', '12', '2011-01-19', 'Điều lệ Đảng (2011), Điều 5; 29-QĐ/TW điểm 4.2'],
  ['min-admission-age', '18', '2011-01-19', 'Điều lệ Đảng (2011), Điều 1; 29-QĐ/TW điểm 3.1'],
];
