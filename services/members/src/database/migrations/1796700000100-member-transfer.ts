import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfers of party activity as a two-sided handshake (members.md §4.4, issue 9 §3). One row per
 * introduction letter: the sending org, the receiving org in the system OR the name of one outside
 * it, the paper letter, the computed deadlines (294-QĐ/TW 6.3.1: start within 60 working days of the
 * move, present within 30 working days of the letter) and the state. The member's 10-SHĐ columns
 * are copied at issue, so the receiving side reads the transfer without reading the record.
 * `status_before` / `status_since_before` / `reopen_membership_id` undo the effect on the
 * record when the transfer is refused, cancelled or expires. At most one open transfer per member.
 */
export class MemberTransfer1796700000100 implements MigrationInterface {
  name = 'MemberTransfer1796700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_transfer (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES party_member (id),
        kind text NOT NULL CHECK (kind IN ('official', 'temporary')),
        state text NOT NULL CHECK (state IN ('issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled')),
        from_org_id uuid NOT NULL REFERENCES org (id),
        to_org_id uuid NULL REFERENCES org (id),
        external_org_name text NULL CHECK (char_length(external_org_name) BETWEEN 2 AND 300),
        letter_number text NOT NULL,
        letter_date date NOT NULL,
        letter_issuer text NOT NULL,
        moved_on date NOT NULL,
        start_deadline date NOT NULL,
        start_late boolean NOT NULL,
        late_explanation text NULL,
        confirm_deadline date NOT NULL,
        temporary_reason text NULL CHECK (temporary_reason IN ('residence-or-work', 'domestic-study')),
        temporary_from date NULL,
        temporary_until date NULL,
        member_full_name text NOT NULL,
        member_date_of_birth date NOT NULL,
        member_card_number text NULL,
        member_first_admission date NOT NULL,
        status_before text NOT NULL,
        status_since_before date NOT NULL,
        reopen_membership_id uuid NULL REFERENCES member_org_membership (id),
        note text NULL,
        decided_on date NULL,
        decision_note text NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_transfer_one_target CHECK ((to_org_id IS NULL) <> (external_org_name IS NULL)),
        CONSTRAINT member_transfer_temporary CHECK ((kind = 'temporary') = (temporary_reason IS NOT NULL AND temporary_from IS NOT NULL AND temporary_until IS NOT NULL)),
        CONSTRAINT member_transfer_not_to_self CHECK (to_org_id IS NULL OR kind = 'temporary' OR to_org_id <> from_org_id),
        CONSTRAINT member_transfer_late_explained CHECK (NOT start_late OR late_explanation IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX member_transfer_open_uq ON member_transfer (member_id) WHERE state IN ('issued', 'in-transit')`);
    // Outbox and inbox of a subtree: the orgs of the range, then their transfers newest first.
    await q.query(`CREATE INDEX member_transfer_from_idx ON member_transfer (from_org_id, id DESC)`);
    await q.query(`CREATE INDEX member_transfer_to_idx ON member_transfer (to_org_id, id DESC) WHERE to_org_id IS NOT NULL`);
    // The daily job: open transfers by deadline (expiry) and by letter date (issued → in transit).
    await q.query(`CREATE INDEX member_transfer_open_deadline_idx ON member_transfer (confirm_deadline) WHERE state IN ('issued', 'in-transit')`);
    await q.query(`CREATE INDEX member_transfer_issued_letter_idx ON member_transfer (letter_date) WHERE state = 'issued'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_transfer`);
  }
}
