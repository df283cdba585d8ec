import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { memberText } from '../members/member-requests';
import { GRADING_CAMPAIGN_STATUSES, GRADING_LEVELS, GRADING_STEPS, type GradingCampaignStatus, type GradingLevelCode, type GradingStep } from './grading.dto';

/** The first year graded on the 100-point scale of 366-QĐ/TW (30/8/2025). */
export const FIRST_GRADED_YEAR = 2025;

/** Opens the year's campaign over an org's subtree: lists every member and org in it. */
export class OpenGradingCampaignRequest {
  @IsUUID()
  rootOrgId: string;

  @Type(() => Number)
  @IsInt()
  @Min(FIRST_GRADED_YEAR)
  @Max(2100)
  year: number;

  @Transform(memberText)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsPartyDate()
  deadline: string;
}

export class ListGradingCampaignsRequest extends PageRequest {
  /** Campaigns covering this org (opened on it, an ancestor or a descendant); absent → every campaign the caller sees. */
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_GRADED_YEAR)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsIn(GRADING_CAMPAIGN_STATUSES)
  status?: GradingCampaignStatus;
}

export class GetGradingCampaignRequest {
  @IsUUID()
  id: string;
}

export class CloseGradingCampaignRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** Lists the roll again while the campaign is open (members and orgs added since, moves, exemptions). */
export class RefreshGradingCampaignRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

export class ListMemberGradingsRequest extends PageRequest {
  @IsUUID()
  campaignId: string;

  /** Only this org's subtree (within the campaign and the caller's scope). */
  @IsOptional()
  @IsUUID()
  orgId?: string;

  /** The decided level (or, before the decision, none match). */
  @IsOptional()
  @IsIn(GRADING_LEVELS)
  level?: GradingLevelCode;

  @IsOptional()
  @IsIn(GRADING_STEPS)
  step?: GradingStep;

  /** true: only the members listed but not graded; false: only the graded. */
  @IsOptional()
  @IsBoolean()
  excluded?: boolean;
}

/** Points and level at one step; the level may not be above the band of the points. */
export class GradingMarkInput {
  @IsInt()
  @Min(0)
  @Max(100)
  points: number;

  @IsIn(GRADING_LEVELS)
  level: GradingLevelCode;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

/** The member's own self-assessment (scope self): the gateway names the member from the account link. */
export class SelfAssessMemberGradingRequest extends GradingMarkInput {
  @IsUUID()
  campaignId: string;

  @IsUUID()
  memberId: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** The member's own gradings (scope self; the gateway names the member). */
export class ListOwnMemberGradingsRequest {
  @IsUUID()
  memberId: string;
}

export class GetOwnMemberGradingRequest {
  @IsUUID()
  campaignId: string;

  @IsUUID()
  memberId: string;
}

/** The chi bộ's proposal for one member. */
export class ProposeMemberGradingRequest extends GradingMarkInput {
  @IsUUID()
  campaignId: string;

  @IsUUID()
  memberId: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** The competent committee's decision, for one member or one org. */
export class DecideGradingRequest extends GradingMarkInput {
  @IsUUID()
  campaignId: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(100)
  decisionRef?: string | null;
}

export class DecideMemberGradingRequest extends DecideGradingRequest {
  @IsUUID()
  memberId: string;
}

export class DecideOrgGradingRequest extends DecideGradingRequest {
  @IsUUID()
  orgId: string;
}

export class GradingRollupRequest {
  @IsUUID()
  campaignId: string;

  /** The org to roll up with its children; absent → the campaign's root (or the caller's scope root within it). */
  @IsOptional()
  @IsUUID()
  orgId?: string;
}
