// Annual quality grading (đánh giá, xếp loại chất lượng; Quy định 366-QĐ/TW; members.md §6).

/** The four levels, highest first; the same codes as the rule tables in libs/rules. */
export const GRADING_LEVELS = ['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'] as const;
export type GradingLevelCode = (typeof GRADING_LEVELS)[number];

export const GRADING_LEVEL_LABELS: Record<GradingLevelCode, { vi: string; en: string }> = {
  'hoan-thanh-xuat-sac': { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  'hoan-thanh-tot': { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  'hoan-thanh': { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  'khong-hoan-thanh': { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
};

/** Where a member's grading stands: self-assessment → the chi bộ's proposal → the committee's decision. */
export const GRADING_STEPS = ['pending', 'self-assessed', 'proposed', 'decided'] as const;
export type GradingStep = (typeof GRADING_STEPS)[number];

/**
 * Why a member on the roll is listed but not graded: exempt from work and activities (29-QĐ/TW
 * 7.2, members.md §4.5), or admitted after the graded year ended.
 */
export const GRADING_EXCLUSION_REASONS = ['exempt', 'admitted-after-year'] as const;
export type GradingExclusionReason = (typeof GRADING_EXCLUSION_REASONS)[number];

export const GRADING_CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type GradingCampaignStatus = (typeof GRADING_CAMPAIGN_STATUSES)[number];

export interface GradingCampaignDto {
  id: string;
  rootOrgId: string;
  rootOrgName: string;
  year: number;
  title: string;
  /** Self-assessments are taken until this day (inclusive). */
  deadline: string;
  /** The day the rules are read at (31/12 of the year). */
  referenceDate: string;
  status: GradingCampaignStatus;
  openedBy: string;
  openedAt: string;
  closedAt: string | null;
  /** Members listed (graded and excluded) and orgs listed when it opened. */
  memberCount: number;
  excludedCount: number;
  orgCount: number;
  version: number;
}

/** One assessment at one step. */
export interface GradingMarkDto {
  points: number;
  level: GradingLevelCode;
  comment: string | null;
  at: string;
  by: string | null;
}

export interface MemberGradingDto {
  id: string;
  campaignId: string;
  memberId: string;
  memberName: string;
  orgId: string;
  orgName: string;
  exclusionReason: GradingExclusionReason | null;
  step: GradingStep;
  selfAssessment: GradingMarkDto | null;
  proposal: GradingMarkDto | null;
  decision: (GradingMarkDto & { decisionRef: string | null }) | null;
  version: number;
}

export interface OrgGradingDto {
  id: string;
  campaignId: string;
  orgId: string;
  orgName: string;
  parentId: string | null;
  decision: (GradingMarkDto & { decisionRef: string | null }) | null;
  version: number;
}

/** The cap on "hoàn thành xuất sắc" within one group, as the rule table in force computes it. */
export interface ExcellentCapDto {
  percent: number;
  /** Graded "tốt" or better: what the percentage is of. */
  base: number;
  excellent: number;
  maxExcellent: number;
  source: string;
}

export interface GradingRollupRowDto {
  orgId: string;
  orgName: string;
  parentId: string | null;
  /** Members of the org's whole subtree listed in the campaign. */
  members: number;
  excluded: number;
  /** Graded members not decided yet. */
  undecided: number;
  levels: Record<GradingLevelCode, number>;
  /** The org's own grading (decided or not yet). */
  orgGrading: OrgGradingDto | null;
}

export interface GradingRollupDto {
  campaignId: string;
  /** The org asked for first, then its children. */
  rows: GradingRollupRowDto[];
  /** The cap within the asked org's own members (its group), as decided so far. */
  cap: ExcellentCapDto;
}

/** One of the signed-in member's own gradings, with the campaign it belongs to (newest year first). */
export interface OwnMemberGradingDto extends MemberGradingDto {
  campaign: Pick<GradingCampaignDto, 'title' | 'year' | 'deadline' | 'status' | 'rootOrgName'>;
}
