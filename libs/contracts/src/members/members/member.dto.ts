import type { MemberStatus, OrgMembershipKind, PoliticalTheoryLevel, Sex } from './member-status';

/** One admission into the Party and how it ended; a readmitted member has several, the first counts for party age. */
export interface MembershipPeriodDto {
  admissionDecisionDate: string;
  admissionDecisionNumber: string | null;
  ceremonyDate: string | null;
  recognitionDate: string | null;
  endedOn: string | null;
  endReason: string | null;
}

/** A party card; `replacedOn` null = the card in use. */
export interface MemberCardDto {
  cardNumber: string;
  issuedOn: string;
  replacedOn: string | null;
}

export interface OrgMembershipDto {
  orgId: string;
  kind: OrgMembershipKind;
  startedOn: string;
  endedOn: string | null;
}

export interface FamilyRelativeDto {
  relation: string;
  fullName: string;
  birthYear: number | null;
  note: string | null;
}

/** Withheld unless the caller holds `members:read-sensitive`. */
export interface MemberSensitiveDto {
  ethnicity: string | null;
  religion: string | null;
  family: FamilyRelativeDto[];
  health: string | null;
}

/** A row of a member list: what the sổ danh sách shows, never sensitive data. */
export interface MemberSummaryDto {
  id: string;
  fullName: string;
  sex: Sex;
  dateOfBirth: string;
  status: MemberStatus;
  /** The org holding the record: the open official membership's org, or the last one. */
  orgId: string;
  citizenId: string | null;
  cardNumber: string | null;
  firstAdmissionDecisionDate: string;
  /** Party age counts continuously from this date: the first admission decision plus the time outside the Party. */
  partyAgeSince: string;
  version: number;
}

/** The whole record (lý lịch + phiếu đảng viên). `sensitive` is null when withheld. */
export interface MemberDto extends MemberSummaryDto {
  birthName: string | null;
  aliases: string[];
  placeOfBirth: string | null;
  homeTown: string | null;
  permanentResidence: string | null;
  temporaryResidence: string | null;
  occupation: string | null;
  education: string | null;
  qualifications: string | null;
  politicalTheory: PoliticalTheoryLevel | null;
  languages: string[];
  historyNumber: string | null;
  statusSince: string;
  periods: MembershipPeriodDto[];
  cards: MemberCardDto[];
  orgMemberships: OrgMembershipDto[];
  sensitive: MemberSensitiveDto | null;
  sensitiveWithheld: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Đảng số of an org (alone or with its subtree); each number equals the total of the matching list. */
export interface MemberCountsDto {
  orgId: string;
  includeSubtree: boolean;
  byStatus: Record<MemberStatus, number>;
  /** Đảng số: the ON_ROLL_STATUSES. */
  onRoll: number;
  official: number;
  probationary: number;
  /** Members here on a temporary transfer: not in `onRoll`. */
  temporaryIn: number;
}

export const CORRECTION_STATUSES = ['open', 'resolved', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export interface CorrectionItemDto {
  field: string;
  proposedValue: string;
}

/** How an officer closed a correction request: done (the record was corrected) or refused, with a note for the member. */
export interface CorrectionResolutionDto {
  note: string | null;
  resolvedAt: string;
  resolvedByName: string | null;
}

/** A member's request to correct their own record, listed for the officers of their org. */
export interface CorrectionRequestDto {
  id: string;
  memberId: string;
  memberName: string;
  orgId: string;
  items: CorrectionItemDto[];
  note: string | null;
  status: CorrectionStatus;
  createdAt: string;
  /** null while open. */
  resolution: CorrectionResolutionDto | null;
}
