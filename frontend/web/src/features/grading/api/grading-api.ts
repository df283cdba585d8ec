// Annual grading (366-QĐ/TW): the routes are new, so until the lead regenerates the SDK they are
// called through the app's HTTP client with these types, written from the gateway's DTOs.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';
import { getJson } from '../../due-items/api/due-items-api';

export const GRADING_LEVELS = ['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'] as const;
export type GradingLevel = (typeof GRADING_LEVELS)[number];
export type GradingStep = 'pending' | 'self-assessed' | 'proposed' | 'decided';

/** The 100-point bands of 366-QĐ/TW (Điều 11), highest first: shown beside the points as a hint; the server decides. */
export const GRADING_BANDS: readonly { level: GradingLevel; minPoints: number }[] = [
  { level: 'hoan-thanh-xuat-sac', minPoints: 90 },
  { level: 'hoan-thanh-tot', minPoints: 70 },
  { level: 'hoan-thanh', minPoints: 50 },
  { level: 'khong-hoan-thanh', minPoints: 0 },
];

export function bandOf(points: number): GradingLevel {
  return GRADING_BANDS.find((b) => points >= b.minPoints)?.level ?? 'khong-hoan-thanh';
}

export interface GradingCampaign {
  id: string;
  rootOrgId: string;
  rootOrgName: string;
  year: number;
  title: string;
  deadline: string;
  referenceDate: string;
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  closedAt: string | null;
  memberCount: number;
  excludedCount: number;
  orgCount: number;
  version: number;
}

export interface GradingMark {
  points: number;
  level: GradingLevel;
  comment: string | null;
  at: string;
  by: string | null;
}

export interface MemberGrading {
  id: string;
  campaignId: string;
  memberId: string;
  memberName: string;
  orgId: string;
  orgName: string;
  exclusionReason: 'exempt' | 'admitted-after-year' | null;
  step: GradingStep;
  selfAssessment: GradingMark | null;
  proposal: GradingMark | null;
  decision: (GradingMark & { decisionRef: string | null }) | null;
  version: number;
}

export interface OrgGrading {
  id: string;
  orgId: string;
  orgName: string;
  parentId: string | null;
  decision: (GradingMark & { decisionRef: string | null }) | null;
  version: number;
}

export interface RollupRow {
  orgId: string;
  orgName: string;
  parentId: string | null;
  members: number;
  excluded: number;
  undecided: number;
  levels: Record<GradingLevel, number>;
  orgGrading: OrgGrading | null;
}

export interface ExcellentCap {
  percent: number;
  base: number;
  excellent: number;
  maxExcellent: number;
  source: string;
}

export interface GradingRollup {
  campaignId: string;
  rows: RollupRow[];
  cap: ExcellentCap;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MarkInput {
  points: number;
  level: GradingLevel;
  comment?: string;
  decisionRef?: string;
}

async function sendJson<T>(api: Api, method: 'POST' | 'PUT', path: string, body: object | undefined, ifMatch?: number): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const response = await api.http.authorizedFetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as T;
}

const base = (campaignId: string) => `/api/v1/grading-campaigns/${encodeURIComponent(campaignId)}`;

export function listCampaigns(api: Api, query: { orgId?: string; year?: number; status?: string }, cursor?: string, signal?: AbortSignal): Promise<Page<GradingCampaign>> {
  return getJson(api, '/api/v1/grading-campaigns', { ...query, limit: 50, cursor }, signal);
}

export function getCampaign(api: Api, id: string, signal?: AbortSignal): Promise<GradingCampaign> {
  return getJson(api, base(id), {}, signal);
}

export function openCampaign(api: Api, orgId: string, body: { year: number; title: string; deadline: string }): Promise<GradingCampaign> {
  return sendJson(api, 'POST', `/api/v1/orgs/${encodeURIComponent(orgId)}/grading-campaigns`, body);
}

export function closeCampaign(api: Api, campaign: GradingCampaign): Promise<GradingCampaign> {
  return sendJson(api, 'POST', `${base(campaign.id)}/close`, undefined, campaign.version);
}

export function refreshCampaign(api: Api, campaign: GradingCampaign): Promise<GradingCampaign> {
  return sendJson(api, 'POST', `${base(campaign.id)}/refresh`, undefined, campaign.version);
}

export function getRollup(api: Api, campaignId: string, orgId: string | undefined, signal?: AbortSignal): Promise<GradingRollup> {
  return getJson(api, `${base(campaignId)}/rollup`, { orgId }, signal);
}

export function listMemberGradings(api: Api, campaignId: string, query: { orgId?: string; step?: string; level?: string }, cursor?: string, signal?: AbortSignal): Promise<Page<MemberGrading>> {
  return getJson(api, `${base(campaignId)}/member-gradings`, { ...query, limit: 100, cursor }, signal);
}

export function proposeMember(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return sendJson(api, 'POST', `${base(grading.campaignId)}/member-gradings/${grading.memberId}/proposal`, mark, grading.version);
}

export function decideMember(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return sendJson(api, 'POST', `${base(grading.campaignId)}/member-gradings/${grading.memberId}/decision`, mark, grading.version);
}

export function decideOrg(api: Api, campaignId: string, grading: OrgGrading, mark: MarkInput): Promise<OrgGrading> {
  return sendJson(api, 'POST', `${base(campaignId)}/org-gradings/${grading.orgId}/decision`, mark, grading.version);
}

export interface OwnGrading extends MemberGrading {
  campaign: { title: string; year: number; deadline: string; status: 'open' | 'closed'; rootOrgName: string };
}

export function listMyGradings(api: Api, signal?: AbortSignal): Promise<OwnGrading[]> {
  return getJson(api, '/api/v1/me/gradings', {}, signal);
}

export function selfAssess(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return sendJson(api, 'PUT', `/api/v1/me/grading-campaigns/${encodeURIComponent(grading.campaignId)}/self-assessment`, mark, grading.version);
}
