// Annual grading (366-QĐ/TW) through the generated SDK. A step sends the record's version as If-Match.
import type {
  ExcellentCapResponseDto,
  GradingCampaignPageDto,
  GradingCampaignResponseDto,
  GradingDecisionInputDto,
  GradingMarkResponseDto,
  GradingRollupResponseDto,
  GradingRollupRowResponseDto,
  ListGradingCampaignsInput,
  ListMemberGradingsInput,
  MemberGradingPageDto,
  MemberGradingResponseDto,
  OrgGradingResponseDto,
  OwnMemberGradingResponseDto,
} from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type GradingLevel = GradingMarkResponseDto['level'];
export const GRADING_LEVELS = ['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'] as const satisfies readonly GradingLevel[];
export type GradingStep = MemberGradingResponseDto['step'];

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

export type GradingCampaign = GradingCampaignResponseDto;
export type GradingCampaignPage = GradingCampaignPageDto;
export type GradingMark = GradingMarkResponseDto;
export type MemberGrading = MemberGradingResponseDto;
export type MemberGradingPage = MemberGradingPageDto;
export type OrgGrading = OrgGradingResponseDto;
export type RollupRow = GradingRollupRowResponseDto;
export type ExcellentCap = ExcellentCapResponseDto;
export type GradingRollup = GradingRollupResponseDto;
/** One's own grading, with the campaign it belongs to. */
export type OwnGrading = OwnMemberGradingResponseDto;
export type CampaignQuery = Pick<ListGradingCampaignsInput, 'orgId' | 'year' | 'status'>;
export type MemberGradingQuery = Pick<ListMemberGradingsInput, 'orgId' | 'step' | 'level'>;

export interface MarkInput {
  points: number;
  level: GradingLevel;
  comment?: string;
  decisionRef?: string;
}

/** The SDK's body type; the mark's fields are the same. */
const markBody = (mark: MarkInput): GradingDecisionInputDto => mark;

export function listCampaigns(api: Api, query: CampaignQuery, cursor?: string, signal?: AbortSignal): Promise<GradingCampaignPage> {
  return api.call((sdk) => sdk.listGradingCampaigns({ ...query, limit: 50, cursor }, { signal }));
}

export function getCampaign(api: Api, id: string, signal?: AbortSignal): Promise<GradingCampaign> {
  return api.call((sdk) => sdk.getGradingCampaign({ id }, { signal }));
}

export function openCampaign(api: Api, orgId: string, body: { year: number; title: string; deadline: string }): Promise<GradingCampaign> {
  return api.call((sdk) => sdk.openGradingCampaign({ id: orgId, body }));
}

export function closeCampaign(api: Api, campaign: GradingCampaign): Promise<GradingCampaign> {
  return api.call((sdk) => sdk.closeGradingCampaign({ id: campaign.id, ifMatch: campaign.version }));
}

export function refreshCampaign(api: Api, campaign: GradingCampaign): Promise<GradingCampaign> {
  return api.call((sdk) => sdk.refreshGradingCampaign({ id: campaign.id, ifMatch: campaign.version }));
}

export function getRollup(api: Api, campaignId: string, orgId: string | undefined, signal?: AbortSignal): Promise<GradingRollup> {
  return api.call((sdk) => sdk.getGradingRollup({ id: campaignId, orgId }, { signal }));
}

export function listMemberGradings(api: Api, campaignId: string, query: MemberGradingQuery, cursor?: string, signal?: AbortSignal): Promise<MemberGradingPage> {
  return api.call((sdk) => sdk.listMemberGradings({ id: campaignId, ...query, limit: 100, cursor }, { signal }));
}

export function proposeMember(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return api.call((sdk) => sdk.proposeMemberGrading({ id: grading.campaignId, memberId: grading.memberId, ifMatch: grading.version, body: markBody(mark) }));
}

export function decideMember(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return api.call((sdk) => sdk.decideMemberGrading({ id: grading.campaignId, memberId: grading.memberId, ifMatch: grading.version, body: markBody(mark) }));
}

export function decideOrg(api: Api, campaignId: string, grading: OrgGrading, mark: MarkInput): Promise<OrgGrading> {
  return api.call((sdk) => sdk.decideOrgGrading({ id: campaignId, orgId: grading.orgId, ifMatch: grading.version, body: markBody(mark) }));
}

export function listMyGradings(api: Api, signal?: AbortSignal): Promise<OwnGrading[]> {
  return api.call((sdk) => sdk.listMyGradings({}, { signal }));
}

export function selfAssess(api: Api, grading: MemberGrading, mark: MarkInput): Promise<MemberGrading> {
  return api.call((sdk) => sdk.selfAssessMyGrading({ id: grading.campaignId, ifMatch: grading.version, body: markBody(mark) }));
}
