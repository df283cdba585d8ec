import type { MemberTransferDto } from './member-transfer.dto';

/**
 * `members.member-transfer.<issued|in-transit|confirmed|refused|cancelled|expired>.v1`:
 * aggregateId = transfer id, aggregateVersion = transfer version, ownerOrgId = the sending org.
 * The payload is the transfer as both sides see it (no sensitive data).
 */
export interface MemberTransferEventV1 {
  transfer: MemberTransferDto;
}
