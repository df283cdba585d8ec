import type { MemberStatus } from '../members/member-status';

/**
 * Transfer of party activity (chuyển sinh hoạt đảng, members.md §4.4) as a two-sided handshake: the
 * sending organisation issues the introduction letter, the member is in transit, the receiving
 * organisation confirms (or refuses) within the deadline, or the transfer expires.
 */
export const MEMBER_TRANSFER_KINDS = ['official', 'temporary'] as const;
export type MemberTransferKind = (typeof MEMBER_TRANSFER_KINDS)[number];

/** Why a temporary transfer (29-QĐ/TW): a change of residence/workplace, or full-time study in Vietnam. */
export const TEMPORARY_TRANSFER_REASONS = ['residence-or-work', 'domestic-study'] as const;
export type TemporaryTransferReason = (typeof TEMPORARY_TRANSFER_REASONS)[number];

/**
 * issued: letter recorded with a letter date still ahead; in-transit: letter signed, waiting for the
 * receiving side; confirmed / refused by the receiving side; expired: not confirmed within the
 * deadline (daily job); cancelled by the sending side before a decision; returned: a confirmed
 * temporary transfer whose period has ended (daily job) or that either side ended early, the member
 * back on the home roll.
 */
export const MEMBER_TRANSFER_STATES = ['issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled', 'returned'] as const;
export type MemberTransferState = (typeof MEMBER_TRANSFER_STATES)[number];
export const OPEN_TRANSFER_STATES: readonly MemberTransferState[] = ['issued', 'in-transit'];

export const MEMBER_TRANSFER_STATE_LABELS: Record<MemberTransferState, { vi: string; en: string }> = {
  issued: { vi: 'Đã lập giấy giới thiệu', en: 'Letter issued' },
  'in-transit': { vi: 'Đang chuyển', en: 'In transit' },
  confirmed: { vi: 'Đã tiếp nhận', en: 'Confirmed' },
  refused: { vi: 'Bị từ chối (trả lại)', en: 'Refused (returned)' },
  expired: { vi: 'Quá hạn, hết hiệu lực', en: 'Expired' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  returned: { vi: 'Đã trở về (kết thúc tạm chuyển)', en: 'Returned (temporary transfer ended)' },
};

/** A rule applied to the transfer, with the regulation it comes from (shown beside the computed date). */
export interface TransferRuleDto {
  rule: string;
  workingDays?: number;
  document: string;
  article: string | null;
  note: string | null;
  verify: boolean;
}

/** The paper introduction letter (giấy giới thiệu sinh hoạt đảng, sổ Mẫu 10-SHĐ). */
export interface TransferLetterDto {
  number: string;
  date: string;
  issuer: string;
}

/** A transfer as either side sees it: the member's 10-SHĐ columns, never the rest of the record. */
export interface MemberTransferDto {
  id: string;
  kind: MemberTransferKind;
  state: MemberTransferState;
  member: {
    id: string;
    fullName: string;
    dateOfBirth: string;
    cardNumber: string | null;
    firstAdmissionDecisionDate: string;
    statusBefore: MemberStatus;
  };
  fromOrg: { id: string; name: string };
  /** Null when the receiving organisation is outside the system (see `externalOrgName`). */
  toOrg: { id: string; name: string } | null;
  externalOrgName: string | null;
  letter: TransferLetterDto;
  /** The move or the decision's effective date: the 60-working-day start period runs from it. */
  movedOn: string;
  startDeadline: string;
  startLate: boolean;
  lateExplanation: string | null;
  /** Last day for the receiving side to confirm (30 working days from the letter). */
  confirmDeadline: string;
  /** Not yet decided and past `confirmDeadline` (the daily job will expire it). */
  overdue: boolean;
  temporary: { reason: TemporaryTransferReason; from: string; until: string } | null;
  rules: TransferRuleDto[];
  note: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
  /** Returned: the day the member came back (the period's last day when it ran out, or earlier when it ended early). */
  returnedOn: string | null;
  returnNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What the issue form shows before submitting: the computed dates and their rules. */
export interface TransferDeadlinesDto {
  movedOn: string;
  letterDate: string;
  startDeadline: string;
  startLate: boolean;
  confirmDeadline: string;
  rules: TransferRuleDto[];
}

/** A receiving organisation as the issue form lists it: the parent's name tells two "Chi bộ Phòng Hành chính" apart. */
export interface TransferDestinationDto {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  parentName: string | null;
}
