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
import { signedContext } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';

/** A typed client of the org subjects, as the gateway's will be, for integration specs. */
export class OrgsTestClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 5_000);
  }

  create(request: CreateOrgRequest, context: CallContext = systemContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgCreate, request, context);
  }
  get(request: GetOrgRequest, context: CallContext = systemContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgGet, request, context);
  }
  update(request: UpdateOrgRequest, context: CallContext = systemContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgUpdate, request, context);
  }
  move(request: MoveOrgRequest, context: CallContext = systemContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgMove, request, context);
  }
  close(request: CloseOrgRequest, context: CallContext = systemContext()): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgClose, request, context);
  }
  children(request: ListOrgChildrenRequest, context: CallContext = systemContext()): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgListChildren, request, context);
  }
  search(request: SearchOrgsRequest, context: CallContext = systemContext()): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgSearch, request, context);
  }
  ancestors(request: ListOrgAncestorsRequest, context: CallContext = systemContext()): Promise<OrgDto[]> {
    return this.call(SUBJECTS.members.orgAncestors, request, context);
  }
  /** Sends a payload as a broken caller would, to test validation. */
  raw(subject: Subject, payload: object, context: CallContext = systemContext()): Promise<unknown> {
    return this.call(subject, payload, context);
  }
}

/** The system actor: no scope. */
export function systemContext(language: 'vi' | 'en' = 'en'): CallContext {
  return { ...signedContext(), language };
}

/** An officer whose scope is the subtree of `scopeOrgId`. */
export function officerContext(scopeOrgId: string, language: 'vi' | 'en' = 'en'): CallContext {
  const id = randomUUID();
  return {
    ...signedContext({
      actor: { type: 'user', id, name: 'Cán bộ tổ chức' },
      roles: ['org-officer'],
      permissions: ['members:read', 'members:write'],
      scopeOrgId,
    }),
    language,
  };
}
