import type { AwardBasis } from './badge-requests';

/** Where a rule comes from (document, article, note), as the rule tables carry it. */
export interface BadgeRuleSourceDto {
  document: string;
  article?: string;
  note?: string;
}

/**
 * One member proposed at an occasion, with why: `eligible` (give it at this occasion) or `delayed`
 * (a discipline decision holds it until `notBefore`; propose it at `nextOccasion`).
 */
export interface BadgeCandidateDto {
  memberId: string;
  fullName: string;
  dateOfBirth: string;
  orgId: string;
  orgName: string;
  status: string;
  admissionDecisionDate: string;
  milestone: number;
  /** The day party age reaches the milestone (deducted periods counted). */
  reachDate: string;
  basis: AwardBasis;
  decision: 'eligible' | 'delayed';
  /** Lower milestones reached and never recorded (listed, not proposed). */
  missed: number[];
  notBefore: string | null;
  nextOccasion: string | null;
  /** The discipline that delays it, when delayed. */
  reasons: string[];
  source: BadgeRuleSourceDto;
}

export interface BadgeCandidatePageDto {
  occasion: string;
  occasionName: string;
  items: BadgeCandidateDto[];
  nextCursor: string | null;
}

export interface MemberBadgeDto {
  id: string;
  memberId: string;
  milestone: number;
  occasionDate: string;
  basis: AwardBasis;
  decisionNumber: string;
  decisionDate: string;
  badgeNumber: string | null;
  recordedAt: string;
}

/** `members.member-badge.awarded.v1` */
export interface MemberBadgeAwardedEventV1 {
  badge: MemberBadgeDto;
  orgId: string;
}
