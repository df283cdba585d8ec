import type { ActorRef, CorrectionItemDto, CorrectionStatus } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's request to correct their own record, kept for the officers of the org holding it. */
@Entity({ name: 'member_correction_request' })
export class MemberCorrectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ type: 'jsonb' })
  items: CorrectionItemDto[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text' })
  status: CorrectionStatus;

  @Column({ name: 'requested_by', type: 'jsonb' })
  requestedBy: ActorRef;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when an officer closes the request (status resolved or rejected). */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'jsonb', nullable: true })
  resolvedBy: ActorRef | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;
}
