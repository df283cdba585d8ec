import {
  SUBJECTS,
  type CloseGradingCampaignRequest,
  type DecideMemberGradingRequest,
  type DecideOrgGradingRequest,
  type GetOwnMemberGradingRequest,
  type GradingCampaignDto,
  type GradingRollupDto,
  type GradingRollupRequest,
  type ListGradingCampaignsRequest,
  type ListMemberGradingsRequest,
  type ListOwnMemberGradingsRequest,
  type MemberGradingDto,
  type OpenGradingCampaignRequest,
  type OrgGradingDto,
  type OwnMemberGradingDto,
  type Page,
  type ProposeMemberGradingRequest,
  type RefreshGradingCampaignRequest,
  type SelfAssessMemberGradingRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's grading messages. Errors arrive as DomainError. */
export class GradingClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  open(request: OpenGradingCampaignRequest, context: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignOpen, request, context);
  }

  list(request: ListGradingCampaignsRequest, context: CallContext): Promise<Page<GradingCampaignDto>> {
    return this.call(SUBJECTS.members.gradingCampaignList, request, context);
  }

  get(id: string, context: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignGet, { id }, context);
  }

  close(request: CloseGradingCampaignRequest, context: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignClose, request, context);
  }

  refresh(request: RefreshGradingCampaignRequest, context: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignRefresh, request, context);
  }

  rollup(request: GradingRollupRequest, context: CallContext): Promise<GradingRollupDto> {
    return this.call(SUBJECTS.members.gradingRollup, request, context);
  }

  memberGradings(request: ListMemberGradingsRequest, context: CallContext): Promise<Page<MemberGradingDto>> {
    return this.call(SUBJECTS.members.memberGradingList, request, context);
  }

  own(request: GetOwnMemberGradingRequest, context: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingGetOwn, request, context);
  }

  listOwn(request: ListOwnMemberGradingsRequest, context: CallContext): Promise<OwnMemberGradingDto[]> {
    return this.call(SUBJECTS.members.memberGradingListOwn, request, context);
  }

  selfAssess(request: SelfAssessMemberGradingRequest, context: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingSelfAssess, request, context);
  }

  propose(request: ProposeMemberGradingRequest, context: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingPropose, request, context);
  }

  decide(request: DecideMemberGradingRequest, context: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingDecide, request, context);
  }

  decideOrg(request: DecideOrgGradingRequest, context: CallContext): Promise<OrgGradingDto> {
    return this.call(SUBJECTS.members.orgGradingDecide, request, context);
  }
}
