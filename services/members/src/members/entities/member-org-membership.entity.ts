import type { OrgMembershipKind } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where the member belonged when: official rolls and temporary attachments over time. */
@Entity({ name: 'member_org_membership' })
export class MemberOrgMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ type: 'text' })
  kind: OrgMembershipKind;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
