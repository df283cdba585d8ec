import type { MemberStatus } from './member-status';
import type { MemberSummaryDto } from './member.dto';

/*
 * aggregateId = member.id, aggregateVersion = member.version, ownerOrgId = member.orgId (the org
 * holding the record). Payloads never carry sensitive fields: consumers (finance, documents)
 * replicate what they need from the summary.
 */
/** `members.member.created.v1` and `.updated.v1`: the member as it now stands. */
export interface MemberChangedEventV1 {
  member: MemberSummaryDto;
}

/** `members.member.status-changed.v1`. */
export interface MemberStatusChangedEventV1 {
  member: MemberSummaryDto;
  previousStatus: MemberStatus;
  statusSince: string;
}

/** `members.member.transferred.v1`: official roll moved (`fromOrgId` → `member.orgId`) or a temporary attachment opened. */
export interface MemberTransferredEventV1 {
  member: MemberSummaryDto;
  kind: 'official' | 'temporary';
  fromOrgId: string;
  toOrgId: string;
  effectiveOn: string;
}
