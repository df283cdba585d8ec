// The badge register (GET /api/v1/orgs/{id}/badge-candidates): a new route, called through the app's
// HTTP client with types written from the gateway's DTOs until the SDK is regenerated.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';
import { getJson } from '../../due-items/api/due-items-api';

export interface BadgeCandidate {
  memberId: string;
  fullName: string;
  dateOfBirth: string;
  orgId: string;
  orgName: string;
  status: string;
  admissionDecisionDate: string;
  milestone: number;
  reachDate: string;
  basis: 'regular' | 'early-serious-illness' | 'posthumous';
  decision: 'eligible' | 'delayed';
  missed: number[];
  notBefore: string | null;
  nextOccasion: string | null;
  reasons: string[];
  source: { document: string; article?: string; note?: string };
}

export interface BadgeCandidatePage {
  occasion: string;
  occasionName: string;
  items: BadgeCandidate[];
  nextCursor: string | null;
}

export interface BadgeQuery {
  orgId: string;
  occasion: string;
  milestone?: number;
}

export const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

export function listBadgeCandidates(api: Api, query: BadgeQuery, cursor?: string, signal?: AbortSignal): Promise<BadgeCandidatePage> {
  return getJson<BadgeCandidatePage>(
    api,
    `/api/v1/orgs/${encodeURIComponent(query.orgId)}/badge-candidates`,
    { occasion: query.occasion, milestone: query.milestone, limit: 200, cursor },
    signal,
  );
}

/** The award occasions (3/2, 19/5, 2/9, 7/11) from the one on or after `today`, `count` of them. */
export function upcomingOccasions(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const all = [year, year + 1, year + 2].flatMap((y) => ['02-03', '05-19', '09-02', '11-07'].map((md) => `${y}-${md}`));
  const start = all.findIndex((date) => date >= today);
  return all.slice(start, start + count);
}

export interface RecordBadgeBody {
  milestone: number;
  occasionDate: string;
  basis: BadgeCandidate['basis'];
  decisionNumber: string;
  decisionDate: string;
  badgeNumber?: string;
}

/** Records a badge given (POST /api/v1/members/{id}/badges); the gateway checks the rule again. */
export async function recordBadge(api: Api, memberId: string, body: RecordBadgeBody): Promise<void> {
  const response = await api.http.authorizedFetch(`/api/v1/members/${encodeURIComponent(memberId)}/badges`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
}
