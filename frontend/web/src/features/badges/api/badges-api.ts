// The badge register (GET /api/v1/orgs/{id}/badge-candidates, POST /api/v1/members/{id}/badges)
// through the generated SDK.
import type { BadgeCandidatePageResponseDto, BadgeCandidateResponseDto, MemberBadgeResponseDto, RecordBadgeDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type BadgeCandidate = BadgeCandidateResponseDto;
export type BadgeCandidatePage = BadgeCandidatePageResponseDto;
export type MemberBadge = MemberBadgeResponseDto;
/** The milestones (years of party age) a badge is given at. */
export type BadgeMilestone = RecordBadgeDto['milestone'];

export interface BadgeQuery {
  orgId: string;
  occasion: string;
  /** From the page's URL: any number, the gateway refuses one that is no milestone in words. */
  milestone?: number;
}

export const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const satisfies readonly BadgeMilestone[];

export function listBadgeCandidates(api: Api, query: BadgeQuery, cursor?: string, signal?: AbortSignal): Promise<BadgeCandidatePage> {
  const milestone = query.milestone as BadgeMilestone | undefined;
  return api.call((sdk) => sdk.listBadgeCandidates({ id: query.orgId, occasion: query.occasion, milestone, limit: 200, cursor }, { signal }));
}

/** The award occasions (3/2, 19/5, 2/9, 7/11) from the one on or after `today`, `count` of them. */
export function upcomingOccasions(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const all = [year, year + 1, year + 2].flatMap((y) => ['02-03', '05-19', '09-02', '11-07'].map((md) => `${y}-${md}`));
  const start = all.findIndex((date) => date >= today);
  return all.slice(start, start + count);
}

/** The award as the dialog gives it; the milestone is the candidate row's (a number in the list's type). */
export type RecordBadgeBody = Omit<RecordBadgeDto, 'milestone'> & { milestone: number };

/** Records a badge given (POST /api/v1/members/{id}/badges); the gateway checks the rule again. */
export function recordBadge(api: Api, memberId: string, body: RecordBadgeBody): Promise<MemberBadge> {
  return api.call((sdk) => sdk.recordMemberBadge({ id: memberId, body: { ...body, milestone: body.milestone as BadgeMilestone } }));
}
