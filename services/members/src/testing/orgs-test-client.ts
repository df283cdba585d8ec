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
  /** Sends a payload as a broken caller would, to test validation. */
  raw(subject: Subject, payload: object, context: CallContext = this.defaultContext()): Promise<unknown> {
    return this.call(subject, payload, context);
  }
}
