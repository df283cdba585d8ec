import {
  SUBJECTS,
  type CloseOrgRequest,
  type CorrectionRequestDto,
  type CreateCorrectionRequest,
  type CreateMemberRequest,
  type GetMemberRequest,
  type GetOwnMemberRequest,
  type ListCorrectionsRequest,
  type ListOwnCorrectionsRequest,
  type ResolveCorrectionRequest,
  type ListMembersRequest,
  type MemberCountsDto,
  type MemberCountsRequest,
  type MemberDto,
  type MemberSummaryDto,
  type TransferMemberRequest,
  type UpdateMemberRequest,
  type CreateOrgRequest,
  type GetOrgRequest,
  type ListOrgAncestorsRequest,
  type ListOrgChildrenRequest,
  type MoveOrgRequest,
  type OrgDto,
  type Page,
  type SearchOrgsRequest,
  type UpdateOrgRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's org messages, one method each. Errors arrive as DomainError. */
export class MembersClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  createOrg(request: CreateOrgRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgCreate, request, context);
  }

  getOrg(request: GetOrgRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgGet, request, context);
  }

  updateOrg(request: UpdateOrgRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgUpdate, request, context);
  }

  moveOrg(request: MoveOrgRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgMove, request, context);
  }

  closeOrg(request: CloseOrgRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgClose, request, context);
  }

  listOrgChildren(request: ListOrgChildrenRequest, context: CallContext): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgListChildren, request, context);
  }

  searchOrgs(request: SearchOrgsRequest, context: CallContext): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgSearch, request, context);
  }

  listOrgAncestors(request: ListOrgAncestorsRequest, context: CallContext): Promise<OrgDto[]> {
    return this.call(SUBJECTS.members.orgAncestors, request, context);
  }

  createMember(request: CreateMemberRequest, context: CallContext): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberCreate, request, context);
  }

  getMember(request: GetMemberRequest, context: CallContext): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberGet, request, context);
  }

  updateMember(request: UpdateMemberRequest, context: CallContext): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberUpdate, request, context);
  }

  transferMember(request: TransferMemberRequest, context: CallContext): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberTransfer, request, context);
  }

  listMembers(request: ListMembersRequest, context: CallContext): Promise<Page<MemberSummaryDto>> {
    return this.call(SUBJECTS.members.memberList, request, context);
  }

  memberCounts(request: MemberCountsRequest, context: CallContext): Promise<MemberCountsDto> {
    return this.call(SUBJECTS.members.memberCounts, request, context);
  }

  getOwnMember(request: GetOwnMemberRequest, context: CallContext): Promise<MemberDto> {
    return this.call(SUBJECTS.members.memberGetOwn, request, context);
  }

  createCorrection(request: CreateCorrectionRequest, context: CallContext): Promise<CorrectionRequestDto> {
    return this.call(SUBJECTS.members.memberCorrectionCreate, request, context);
  }

  listCorrections(request: ListCorrectionsRequest, context: CallContext): Promise<Page<CorrectionRequestDto>> {
    return this.call(SUBJECTS.members.memberCorrectionList, request, context);
  }

  listOwnCorrections(request: ListOwnCorrectionsRequest, context: CallContext): Promise<Page<CorrectionRequestDto>> {
    return this.call(SUBJECTS.members.memberCorrectionListOwn, request, context);
  }

  resolveCorrection(request: ResolveCorrectionRequest, context: CallContext): Promise<CorrectionRequestDto> {
    return this.call(SUBJECTS.members.memberCorrectionResolve, request, context);
  }
}
