import {
  SUBJECTS,
  type CloseOrgRequest,
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
}
