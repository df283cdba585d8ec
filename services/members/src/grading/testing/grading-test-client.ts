import {
  SUBJECTS,
  type CloseGradingCampaignRequest,
  type DecideMemberGradingRequest,
  type DecideOrgGradingRequest,
  type GradingCampaignDto,
  type GradingRollupDto,
  type GradingRollupRequest,
  type ListGradingCampaignsRequest,
  type ListMemberGradingsRequest,
  type MemberGradingDto,
  type OpenGradingCampaignRequest,
  type OrgGradingDto,
  type OwnMemberGradingDto,
  type Page,
  type ProposeMemberGradingRequest,
  type SelfAssessMemberGradingRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The grading subjects, typed, for integration specs (each call names its caller). */
export class GradingTestClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }

  open(r: OpenGradingCampaignRequest, c: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignOpen, r, c);
  }
  list(r: ListGradingCampaignsRequest, c: CallContext): Promise<Page<GradingCampaignDto>> {
    return this.call(SUBJECTS.members.gradingCampaignList, r, c);
  }
  get(id: string, c: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignGet, { id }, c);
  }
  close(r: CloseGradingCampaignRequest, c: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignClose, r, c);
  }
  refresh(r: CloseGradingCampaignRequest, c: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignRefresh, r, c);
  }
  rollup(r: GradingRollupRequest, c: CallContext): Promise<GradingRollupDto> {
    return this.call(SUBJECTS.members.gradingRollup, r, c);
  }
  gradings(r: ListMemberGradingsRequest, c: CallContext): Promise<Page<MemberGradingDto>> {
    return this.call(SUBJECTS.members.memberGradingList, r, c);
  }
  own(campaignId: string, memberId: string, c: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingGetOwn, { campaignId, memberId }, c);
  }
  listOwn(memberId: string, c: CallContext): Promise<OwnMemberGradingDto[]> {
    return this.call(SUBJECTS.members.memberGradingListOwn, { memberId }, c);
  }
  selfAssess(r: SelfAssessMemberGradingRequest, c: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingSelfAssess, r, c);
  }
  propose(r: ProposeMemberGradingRequest, c: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingPropose, r, c);
  }
  decide(r: DecideMemberGradingRequest, c: CallContext): Promise<MemberGradingDto> {
    return this.call(SUBJECTS.members.memberGradingDecide, r, c);
  }
  decideOrg(r: DecideOrgGradingRequest, c: CallContext): Promise<OrgGradingDto> {
    return this.call(SUBJECTS.members.orgGradingDecide, r, c);
  }

  /** Every grading of a list, page after page. */
  async allGradings(r: ListMemberGradingsRequest, c: CallContext): Promise<MemberGradingDto[]> {
    const items: MemberGradingDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.gradings({ ...r, cursor }, c);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }
}
