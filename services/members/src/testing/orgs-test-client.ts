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
  type Subject,
  type UpdateOrgRequest,
  type CloseOrgTermRequest,
  type GetOrgAsOfRequest,
  type GetOrgHistoryRequest,
  type ListOrgChildrenAsOfRequest,
  type ListOrgTermsRequest,
  type MergeOrgsRequest,
  type OpenOrgTermRequest,
  type OrgHistoryDto,
  type OrgTermDto,
  type OrgTermInForceRequest,
  type RestructuringDto,
  type SplitOrgRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/**
 * A typed client of the org subjects, as the gateway's is, for integration specs. Calls
 * without a context use `defaultContext` (the specs pass a signed system context).
 */
export class OrgsTestClient extends ServiceClient {
  constructor(
    transport: RpcTransport,
    private readonly defaultContext: () => CallContext,
  ) {
    super(transport, 5_000);
  }

  create(request: CreateOrgRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgCreate, request, context);
  }
  get(request: GetOrgRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgGet, request, context);
  }
  update(request: UpdateOrgRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgUpdate, request, context);
  }
  move(request: MoveOrgRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgMove, request, context);
  }
  close(request: CloseOrgRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgClose, request, context);
  }
  children(request: ListOrgChildrenRequest, context: CallContext = this.defaultContext()): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgListChildren, request, context);
  }
  search(request: SearchOrgsRequest, context: CallContext = this.defaultContext()): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgSearch, request, context);
  }
  ancestors(request: ListOrgAncestorsRequest, context: CallContext = this.defaultContext()): Promise<OrgDto[]> {
    return this.call(SUBJECTS.members.orgAncestors, request, context);
  }
  getAsOf(request: GetOrgAsOfRequest, context: CallContext = this.defaultContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgGetAsOf, request, context);
  }
  childrenAsOf(request: ListOrgChildrenAsOfRequest, context: CallContext = this.defaultContext()): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgListChildrenAsOf, request, context);
  }
  history(request: GetOrgHistoryRequest, context: CallContext = this.defaultContext()): Promise<OrgHistoryDto> {
    return this.call(SUBJECTS.members.orgHistory, request, context);
  }
  merge(request: MergeOrgsRequest, context: CallContext = this.defaultContext()): Promise<RestructuringDto> {
    return this.call(SUBJECTS.members.orgMerge, request, context);
  }
  split(request: SplitOrgRequest, context: CallContext = this.defaultContext()): Promise<RestructuringDto> {
    return this.call(SUBJECTS.members.orgSplit, request, context);
  }
  terms(request: ListOrgTermsRequest, context: CallContext = this.defaultContext()): Promise<{ items: OrgTermDto[] }> {
    return this.call(SUBJECTS.members.orgTermList, request, context);
  }
  openTerm(request: OpenOrgTermRequest, context: CallContext = this.defaultContext()): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermOpen, request, context);
  }
  closeTerm(request: CloseOrgTermRequest, context: CallContext = this.defaultContext()): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermClose, request, context);
  }
  termInForce(request: OrgTermInForceRequest, context: CallContext = this.defaultContext()): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermInForce, request, context);
  }
  /** Sends a payload as a broken caller would, to test validation. */
  raw(subject: Subject, payload: object, context: CallContext = this.defaultContext()): Promise<unknown> {
    return this.call(subject, payload, context);
  }
}
