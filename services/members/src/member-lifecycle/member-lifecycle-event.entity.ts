import type { ActorRef, LifecycleEventKind, MemberStatus } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One lifecycle action on a member (migration 1796700000200). */
@Entity({ name: 'member_lifecycle_event' })
export class MemberLifecycleEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'period_seq', type: 'smallint' })
  periodSeq: number;

  @Column({ type: 'text' })
  kind: LifecycleEventKind;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ name: 'decision_issuer', type: 'text', nullable: true })
  decisionIssuer: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'previous_status', type: 'text' })
  previousStatus: MemberStatus;

  @Column({ type: 'text' })
  status: MemberStatus;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ name: 'member_version', type: 'int' })
  memberVersion: number;

  @Column({ name: 'recorded_by', type: 'jsonb' })
  recordedBy: ActorRef;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
