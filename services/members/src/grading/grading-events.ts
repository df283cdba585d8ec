import { EVENTS, type GradingCampaignDto, type GradingCampaignEventV1, type MemberGradingDto, type MemberGradingEventV1, type OrgGradingDto, type OrgGradingEventV1 } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

const CAMPAIGN_EVENT = {
  opened: EVENTS.members.gradingCampaignOpened,
  refreshed: EVENTS.members.gradingCampaignRefreshed,
  closed: EVENTS.members.gradingCampaignClosed,
} as const;

export function campaignEvent(type: keyof typeof CAMPAIGN_EVENT, campaign: GradingCampaignDto): EventDraft<GradingCampaignEventV1> {
  return {
    type: CAMPAIGN_EVENT[type],
    aggregateId: campaign.id,
    aggregateVersion: campaign.version,
    ownerOrgId: campaign.rootOrgId,
    payload: { campaign },
  };
}

const MEMBER_EVENT = {
  self: EVENTS.members.memberGradingSelfAssessed,
  proposed: EVENTS.members.memberGradingProposed,
  decided: EVENTS.members.memberGradingDecided,
} as const;

/** Owned by the org the member is graded in; the aggregate is the grading row (its own id and version). */
export function memberGradingEvent(step: keyof typeof MEMBER_EVENT, grading: MemberGradingDto): EventDraft<MemberGradingEventV1> {
  return { type: MEMBER_EVENT[step], aggregateId: grading.id, aggregateVersion: grading.version, ownerOrgId: grading.orgId, payload: { grading } };
}

export function orgGradingDecided(grading: OrgGradingDto): EventDraft<OrgGradingEventV1> {
  return { type: EVENTS.members.orgGradingDecided, aggregateId: grading.id, aggregateVersion: grading.version, ownerOrgId: grading.orgId, payload: { grading } };
}
