import {
  CloseGradingCampaignRequest,
  DecideMemberGradingRequest,
  DecideOrgGradingRequest,
  GetGradingCampaignRequest,
  GetOwnMemberGradingRequest,
  GradingRollupRequest,
  ListGradingCampaignsRequest,
  ListMemberGradingsRequest,
  ListOwnMemberGradingsRequest,
  OpenGradingCampaignRequest,
  ProposeMemberGradingRequest,
  RefreshGradingCampaignRequest,
  SelfAssessMemberGradingRequest,
  SUBJECTS,
  type GradingCampaignDto,
  type GradingRollupDto,
  type MemberGradingDto,
  type OrgGradingDto,
  type OwnMemberGradingDto,
  type Page,
} from '@lienthong/contracts';
import { RpcHandler, SIGNED_IN_PERMISSION, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { GRADE_PERMISSION } from './grading-permission';
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

/** Annual grading messages (366-QĐ/TW): campaigns, the three steps per member, orgs' grading, the roll-up. */
@Controller()
export class GradingController {
  constructor(
    @Inject(OpenGradingCampaignUseCase) private readonly openCampaign: OpenGradingCampaignUseCase,
    @Inject(ListGradingCampaignsUseCase) private readonly listCampaigns: ListGradingCampaignsUseCase,
    @Inject(GetGradingCampaignUseCase) private readonly getCampaign: GetGradingCampaignUseCase,
    @Inject(CloseGradingCampaignUseCase) private readonly closeCampaign: CloseGradingCampaignUseCase,
    @Inject(RefreshGradingCampaignUseCase) private readonly refreshCampaign: RefreshGradingCampaignUseCase,
    @Inject(GradingRollupUseCase) private readonly rollupOf: GradingRollupUseCase,
    @Inject(ListMemberGradingsUseCase) private readonly listGradings: ListMemberGradingsUseCase,
    @Inject(GetOwnMemberGradingUseCase) private readonly getOwn: GetOwnMemberGradingUseCase,
    @Inject(ListOwnMemberGradingsUseCase) private readonly listOwnGradings: ListOwnMemberGradingsUseCase,
    @Inject(SelfAssessMemberGradingUseCase) private readonly selfAssessment: SelfAssessMemberGradingUseCase,
    @Inject(ProposeMemberGradingUseCase) private readonly proposal: ProposeMemberGradingUseCase,
    @Inject(DecideMemberGradingUseCase) private readonly decision: DecideMemberGradingUseCase,
    @Inject(DecideOrgGradingUseCase) private readonly orgDecision: DecideOrgGradingUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.gradingCampaignOpen, OpenGradingCampaignRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  open(request: OpenGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    return this.openCampaign.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.gradingCampaignList, ListGradingCampaignsRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListGradingCampaignsRequest, context: HandlerContext): Promise<Page<GradingCampaignDto>> {
    return this.listCampaigns.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.gradingCampaignGet, GetGradingCampaignRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    return this.getCampaign.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.gradingCampaignClose, CloseGradingCampaignRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  close(request: CloseGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    return this.closeCampaign.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.gradingCampaignRefresh, RefreshGradingCampaignRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  refresh(request: RefreshGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    return this.refreshCampaign.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.gradingRollup, GradingRollupRequest, { permission: 'members:read', scope: 'subtree' })
  rollup(request: GradingRollupRequest, context: HandlerContext): Promise<GradingRollupDto> {
    return this.rollupOf.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingList, ListMemberGradingsRequest, { permission: 'members:read', scope: 'subtree' })
  gradings(request: ListMemberGradingsRequest, context: HandlerContext): Promise<Page<MemberGradingDto>> {
    return this.listGradings.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingGetOwn, GetOwnMemberGradingRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  own(request: GetOwnMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    return this.getOwn.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingListOwn, ListOwnMemberGradingsRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  listOwn(request: ListOwnMemberGradingsRequest, context: HandlerContext): Promise<OwnMemberGradingDto[]> {
    return this.listOwnGradings.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingSelfAssess, SelfAssessMemberGradingRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  selfAssess(request: SelfAssessMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    return this.selfAssessment.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingPropose, ProposeMemberGradingRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  propose(request: ProposeMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    return this.proposal.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGradingDecide, DecideMemberGradingRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  decide(request: DecideMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    return this.decision.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgGradingDecide, DecideOrgGradingRequest, { permission: GRADE_PERMISSION, scope: 'subtree' })
  decideOrg(request: DecideOrgGradingRequest, context: HandlerContext): Promise<OrgGradingDto> {
    return this.orgDecision.execute(request, context);
  }
}
