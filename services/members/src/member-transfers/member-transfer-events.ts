import { EVENTS, type MemberTransferDto, type MemberTransferEventV1, type MemberTransferState } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

const TYPE_BY_STEP: Record<MemberTransferState, string> = {
  issued: EVENTS.members.memberTransferIssued,
  'in-transit': EVENTS.members.memberTransferInTransit,
  confirmed: EVENTS.members.memberTransferConfirmed,
  refused: EVENTS.members.memberTransferRefused,
  cancelled: EVENTS.members.memberTransferCancelled,
  expired: EVENTS.members.memberTransferExpired,
  returned: EVENTS.members.memberTransferReturned,
};

/**
 * The fact of a step of the handshake: owner = the sending org; version = the transfer's. An issue
 * is always `issued.v1` (its payload's state says whether the letter is already in transit).
 */
export function memberTransferEvent(step: MemberTransferState, transfer: MemberTransferDto): EventDraft<MemberTransferEventV1> {
  return { type: TYPE_BY_STEP[step], aggregateId: transfer.id, aggregateVersion: transfer.version, ownerOrgId: transfer.fromOrg.id, payload: { transfer } };
}
