import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lifecycle history of a member (issue 9 §2, §4): one row per action recorded — admission decision,
 * ceremony, each recognition vote or outcome, exemption and return, removal, expulsion, leaving, death —
 * with its paper (number, date, issuer), effective date, reason, the status before and after, and the
 * record version the action produced. Rows are only appended. `period_seq` is the admission period
 * (`member_period.seq`) the action concerns, so failed recognition votes are counted per period.
 */
export class MemberLifecycleEvent1796700000200 implements MigrationInterface {
  name = 'MemberLifecycleEvent1796700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_lifecycle_event (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        period_seq smallint NOT NULL CHECK (period_seq >= 1),
        kind text NOT NULL CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(', ')})),
        effective_on date NOT NULL,
        decision_number text NULL CHECK (char_length(decision_number) BETWEEN 1 AND 50),
        decision_date date NULL,
        decision_issuer text NULL CHECK (char_length(decision_issuer) BETWEEN 1 AND 200),
        reason text NULL CHECK (char_length(reason) <= 1000),
        previous_status text NOT NULL,
        status text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
        member_version int NOT NULL CHECK (member_version >= 1),
        recorded_by jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((decision_number IS NULL) = (decision_date IS NULL) AND (decision_date IS NULL) = (decision_issuer IS NULL))
      )`);
    await q.query(`COMMENT ON TABLE member_lifecycle_event IS 'Lifecycle actions on a member (admission … death), appended in the writing transaction'`);
    // A member's history newest first, and the failed votes of one period.
    await q.query(`CREATE INDEX member_lifecycle_event_member_idx ON member_lifecycle_event (member_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_lifecycle_event`);
  }
}

// Frozen as they were when this migration ran; a new kind is a new migration.
const KINDS = [
  'admission-recorded',
  'ceremony-held',
  'recognised',
  'recognition-vote-failed',
  'recognition-refused',
  'exempted',
  'exemption-ended',
  'removed',
  'expelled',
  'left',
  'died',
];
