import { EVENTS, type MemberChangedEventV1, type MemberStatus, type MemberStatusChangedEventV1, type MemberSummaryDto, type MemberTransferredEventV1 } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

/** The facts of a member change: owner = the org holding the record; version = the record's version. */
function draft<T>(type: string, member: MemberSummaryDto, payload: T): EventDraft<T> {
  return { type, aggregateId: member.id, aggregateVersion: member.version, ownerOrgId: member.orgId, payload };
}

export function memberCreated(member: MemberSummaryDto): EventDraft<MemberChangedEventV1> {
  return draft(EVENTS.members.memberCreated, member, { member });
}

export function memberUpdated(member: MemberSummaryDto): EventDraft<MemberChangedEventV1> {
  return draft(EVENTS.members.memberUpdated, member, { member });
}

export function memberStatusChanged(member: MemberSummaryDto, previousStatus: MemberStatus, statusSince: string): EventDraft<MemberStatusChangedEventV1> {
  return draft(EVENTS.members.memberStatusChanged, member, { member, previousStatus, statusSince });
}

export function memberTransferred(
  member: MemberSummaryDto,
  transfer: Omit<MemberTransferredEventV1, 'member'>,
): EventDraft<MemberTransferredEventV1> {
  return draft(EVENTS.members.memberTransferred, member, { member, ...transfer });
}
