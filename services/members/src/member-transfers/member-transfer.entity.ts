import type { MemberStatus, MemberTransferKind, MemberTransferState, TemporaryTransferReason } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One introduction letter and its handshake (migration 1796700000100). */
@Entity({ name: 'member_transfer' })
export class MemberTransferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  kind: MemberTransferKind;

  @Column({ type: 'text' })
  state: MemberTransferState;

  @Column({ name: 'from_org_id', type: 'uuid' })
  fromOrgId: string;

  @Column({ name: 'to_org_id', type: 'uuid', nullable: true })
  toOrgId: string | null;

  @Column({ name: 'external_org_name', type: 'text', nullable: true })
  externalOrgName: string | null;

  @Column({ name: 'letter_number', type: 'text' })
  letterNumber: string;

  @Column({ name: 'letter_date', type: 'date' })
  letterDate: string;

  @Column({ name: 'letter_issuer', type: 'text' })
  letterIssuer: string;

  @Column({ name: 'moved_on', type: 'date' })
  movedOn: string;

  @Column({ name: 'start_deadline', type: 'date' })
  startDeadline: string;

  @Column({ name: 'start_late', type: 'boolean' })
  startLate: boolean;

  @Column({ name: 'late_explanation', type: 'text', nullable: true })
  lateExplanation: string | null;

  @Column({ name: 'confirm_deadline', type: 'date' })
  confirmDeadline: string;

  @Column({ name: 'temporary_reason', type: 'text', nullable: true })
  temporaryReason: TemporaryTransferReason | null;

  @Column({ name: 'temporary_from', type: 'date', nullable: true })
  temporaryFrom: string | null;

  @Column({ name: 'temporary_until', type: 'date', nullable: true })
  temporaryUntil: string | null;

  @Column({ name: 'member_full_name', type: 'text' })
  memberFullName: string;

  @Column({ name: 'member_date_of_birth', type: 'date' })
  memberDateOfBirth: string;

  @Column({ name: 'member_card_number', type: 'text', nullable: true })
  memberCardNumber: string | null;

  @Column({ name: 'member_first_admission', type: 'date' })
  memberFirstAdmission: string;

  @Column({ name: 'status_before', type: 'text' })
  statusBefore: MemberStatus;

  @Column({ name: 'status_since_before', type: 'date' })
  statusSinceBefore: string;

  @Column({ name: 'reopen_membership_id', type: 'uuid', nullable: true })
  reopenMembershipId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  /** A temporary transfer that ended: the day the member came back (its last day when the period ran out; migration 1796700000950). */
  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn: string | null;

  @Column({ name: 'return_note', type: 'text', nullable: true })
  returnNote: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
