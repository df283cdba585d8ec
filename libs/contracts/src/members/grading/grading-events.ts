import type { GradingCampaignDto, MemberGradingDto, OrgGradingDto } from './grading.dto';

export interface GradingCampaignEventV1 {
  campaign: GradingCampaignDto;
}

/** A member's grading moved a step (self-assessed, proposed, decided). */
export interface MemberGradingEventV1 {
  grading: MemberGradingDto;
}

export interface OrgGradingEventV1 {
  grading: OrgGradingDto;
}
