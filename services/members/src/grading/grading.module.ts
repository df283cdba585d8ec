import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope';
import { GradingCampaignRepository } from './grading-campaign.repository';
import { GradingRollupQueries } from './grading-rollup.queries';
import { GradingController } from './grading.controller';
import { MemberGradingRepository } from './member-grading.repository';
import { MemberGradingSteps } from './member-grading-steps';
import { OrgGradingRepository } from './org-grading.repository';
import { CloseGradingCampaignUseCase } from './use-cases/close-grading-campaign.use-case';
import { DecideMemberGradingUseCase } from './use-cases/decide-member-grading.use-case';
import { DecideOrgGradingUseCase } from './use-cases/decide-org-grading.use-case';
import { GetGradingCampaignUseCase } from './use-cases/get-grading-campaign.use-case';
import { GetOwnMemberGradingUseCase } from './use-cases/get-own-member-grading.use-case';
import { GradingRollupUseCase } from './use-cases/grading-rollup.use-case';
import { ListGradingCampaignsUseCase } from './use-cases/list-grading-campaigns.use-case';
import { ListMemberGradingsUseCase } from './use-cases/list-member-gradings.use-case';
import { ListOwnMemberGradingsUseCase } from './use-cases/list-own-member-gradings.use-case';
import { OpenGradingCampaignUseCase } from './use-cases/open-grading-campaign.use-case';
import { ProposeMemberGradingUseCase } from './use-cases/propose-member-grading.use-case';
import { RefreshGradingCampaignUseCase } from './use-cases/refresh-grading-campaign.use-case';
import { SelfAssessMemberGradingUseCase } from './use-cases/self-assess-member-grading.use-case';

/** Annual quality grading of members and orgs (366-QĐ/TW; issue 9 §6). */
@Module({
  imports: [ScopeModule],
  controllers: [GradingController],
  providers: [
    GradingCampaignRepository,
    MemberGradingRepository,
    OrgGradingRepository,
    GradingRollupQueries,
    MemberGradingSteps,
    OpenGradingCampaignUseCase,
    ListGradingCampaignsUseCase,
    GetGradingCampaignUseCase,
    CloseGradingCampaignUseCase,
    RefreshGradingCampaignUseCase,
    GradingRollupUseCase,
    ListMemberGradingsUseCase,
    GetOwnMemberGradingUseCase,
    ListOwnMemberGradingsUseCase,
    SelfAssessMemberGradingUseCase,
    ProposeMemberGradingUseCase,
    DecideMemberGradingUseCase,
    DecideOrgGradingUseCase,
  ],
})
export class GradingModule {}
