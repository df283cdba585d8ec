import {
  SUBJECTS,
  type CorrectionRequestDto,
  type CreateCorrectionRequest,
  type CreateMemberRequest,
  type ListCorrectionsRequest,
  type ListOwnCorrectionsRequest,
  type ResolveCorrectionRequest,
  type ListMembersRequest,
  type MemberCountsDto,
  type MemberDto,
  type MemberSummaryDto,
  type Page,
  type TransferMemberRequest,
  type UpdateMemberRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** A typed client of the member subjects, as the gateway's is, for integration specs. */
export class MembersTestClient extends ServiceClient {
  constructor(
    transport: RpcTransport,
    private readonly defaultContext: () => CallContext,
  ) {
    super(transport, 10_000);
  }

  create(request: CreateMemberRequest, context: CallContext = this.defaultContext()): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberCreate, request, context);
  }
  get(id: string, context: CallContext = this.defaultContext()): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberGet, { id }, context);
  }
  update(request: UpdateMemberRequest, context: CallContext = this.defaultContext()): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberUpdate, request, context);
  }
  transfer(request: TransferMemberRequest, context: CallContext = this.defaultContext()): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberTransfer, request, context);
  }
  list(request: ListMembersRequest, context: CallContext = this.defaultContext()): Promise<Page<MemberSummaryDto>> {
    return this.call(SUBJECTS.members.memberList, request, context);
  }
  counts(orgId: string, includeSubtree?: boolean, context: CallContext = this.defaultContext()): Promise<MemberCountsDto> {
    return this.call(SUBJECTS.members.memberCounts, { orgId, includeSubtree }, context);
  }
  own(memberId: string, context: CallContext = this.defaultContext()): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberGetOwn, { memberId }, context);
  }
  requestCorrection(request: CreateCorrectionRequest, context: CallContext = this.defaultContext()): Promise<CorrectionRequestDto> {
    return this.call(SUBJECTS.members.memberCorrectionCreate, request, context);
  }
  corrections(request: ListCorrectionsRequest, context: CallContext = this.defaultContext()): Promise<Page<CorrectionRequestDto>> {
    return this.call(SUBJECTS.members.memberCorrectionList, request, context);
  }
  ownCorrections(request: ListOwnCorrectionsRequest, context: CallContext): Promise<Page<CorrectionRequestDto>> {
    return this.call(SUBJECTS.members.memberCorrectionListOwn, request, context);
  }
  resolveCorrection(request: ResolveCorrectionRequest, context: CallContext = this.defaultContext()): Promise<CorrectionRequestDto> {
    return this.call(SUBJECTS.members.memberCorrectionResolve, request, context);
  }

  /** Every item of a list, page after page. */
  async all(request: ListMembersRequest, context?: CallContext): Promise<MemberSummaryDto[]> {
    const items: MemberSummaryDto[] = [];
    let cursor = request.cursor;
    do {
      const page = await this.list({ ...request, cursor }, context);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }
}
