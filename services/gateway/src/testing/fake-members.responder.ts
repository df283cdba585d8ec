import {
  CloseOrgRequest,
  CreateOrgRequest,
  GetOrgRequest,
  HealthCheckRequest,
  ListOrgAncestorsRequest,
  ListOrgChildrenRequest,
  MoveOrgRequest,
  SearchOrgsRequest,
  SUBJECTS,
  UpdateOrgRequest,
  type OrgDto,
  type Page,
  type Subject,
} from '@lienthong/contracts';
import {
  createAppMetrics,
  decodeCursor,
  DomainError,
  encodeCursor,
  foldVietnamese,
  authContextFrom,
  JsonLogger,
  RpcServer,
  SYSTEM_PERMISSION,
  uuidv7,
  type HandlerContext,
  type RpcAccessRule,
  type RpcTransport,
} from '@lienthong/platform';

export interface ReceivedCall {
  subject: Subject;
  payload: object;
  context: HandlerContext;
}

/**
 * Answers the org subjects the way the members service does (same contract classes,
 * payload validation, signed-context check, error codes), over an in-memory tree. For
 * gateway-level specs; the real service over NATS is exercised by tests/e2e.
 */
export class FakeMembersResponder {
  readonly orgs = new Map<string, OrgDto>();
  readonly calls: ReceivedCall[] = [];
  private readonly server: RpcServer;

  constructor(transport: RpcTransport, authContextKeys: { publicKeys: string }) {
    this.server = new RpcServer({
      transport,
      queue: 'members',
      verifier: authContextFrom({ authContextPublicKeys: authContextKeys.publicKeys }).verifier,
      logger: new JsonLogger({ app: 'fake-members' }, 'error'),
      metrics: createAppMetrics('fake-members', false),
    });
    this.route(SUBJECTS.members.health, HealthCheckRequest, () => ({ service: 'members', status: 'up', checks: [] }));
    this.route(SUBJECTS.members.orgCreate, CreateOrgRequest, (r) => this.create(r));
    this.route(SUBJECTS.members.orgGet, GetOrgRequest, (r) => this.find(r.id));
    this.route(SUBJECTS.members.orgUpdate, UpdateOrgRequest, (r) => this.change(r.id, r.expectedVersion, { name: r.name, shortName: r.shortName }));
    this.route(SUBJECTS.members.orgMove, MoveOrgRequest, (r) => this.move(r));
    this.route(SUBJECTS.members.orgClose, CloseOrgRequest, (r) =>
      this.change(r.id, r.expectedVersion, { status: 'closed', validTo: r.validTo, ...(r.reason ? { closeReason: r.reason } : {}) }),
    );
    this.route(SUBJECTS.members.orgListChildren, ListOrgChildrenRequest, (r) =>
      this.page([...this.orgs.values()].filter((o) => o.parentId === r.parentId && (r.includeClosed || o.status === 'active')), r),
    );
    this.route(SUBJECTS.members.orgSearch, SearchOrgsRequest, (r) => this.search(r));
    this.route(SUBJECTS.members.orgAncestors, ListOrgAncestorsRequest, (r) => this.find(r.id).ancestorIds.map((id) => this.find(id)));
  }

  start(): this {
    this.server.start();
    return this;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  lastCall(subject: Subject): ReceivedCall | undefined {
    return this.calls.filter((c) => c.subject === subject).at(-1);
  }

  private route<T extends object>(subject: Subject, type: new () => T, handle: (request: T) => unknown): void {
    this.server.register({
      subject,
      requestType: type,
      access: accessOf(subject),
      handle: (payload, context) => {
        this.calls.push({ subject, payload, context });
        // validated against `type` by RpcServer before it gets here
        return Promise.resolve(handle(payload as T));
      },
    });
  }

  private create(r: CreateOrgRequest): OrgDto {
    const parent = r.parentId === null ? undefined : this.orgs.get(r.parentId);
    if (r.parentId !== null && !parent) throw new DomainError('MEMBERS.ORG_PARENT_NOT_FOUND');
    if (parent?.status === 'closed') throw new DomainError('MEMBERS.ORG_PARENT_CLOSED');
    this.refuseTakenShortName(r.parentId, r.shortName);
    const now = new Date().toISOString();
    const org: OrgDto = {
      id: uuidv7(),
      parentId: r.parentId,
      name: r.name,
      shortName: r.shortName,
      kind: r.kind,
      status: 'active',
      validFrom: r.validFrom,
      validTo: null,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      depth: parent ? parent.depth + 1 : 0,
      childCount: 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    this.orgs.set(org.id, org);
    if (parent) this.orgs.set(parent.id, { ...parent, childCount: parent.childCount + 1 });
    return org;
  }

  private find(id: string): OrgDto {
    const org = this.orgs.get(id);
    if (!org) throw new DomainError('MEMBERS.ORG_NOT_FOUND');
    return org;
  }

  private change(id: string, expectedVersion: number, patch: Partial<OrgDto>): OrgDto {
    const org = this.find(id);
    if (org.version !== expectedVersion) throw new DomainError('MEMBERS.ORG_VERSION_MISMATCH');
    if (org.status === 'closed') throw new DomainError('MEMBERS.ORG_CLOSED');
    if (patch.shortName && patch.shortName !== org.shortName) this.refuseTakenShortName(org.parentId, patch.shortName);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...org, ...defined, version: org.version + 1, updatedAt: new Date().toISOString() };
    this.orgs.set(id, next);
    return next;
  }

  private move(r: MoveOrgRequest): OrgDto {
    const parent = this.orgs.get(r.newParentId);
    if (!parent) throw new DomainError('MEMBERS.ORG_PARENT_NOT_FOUND');
    if (parent.id === r.id || parent.ancestorIds.includes(r.id)) throw new DomainError('MEMBERS.ORG_MOVE_CYCLE');
    return this.change(r.id, r.expectedVersion, {
      parentId: parent.id,
      ancestorIds: [...parent.ancestorIds, parent.id],
      depth: parent.depth + 1,
    });
  }

  private search(r: SearchOrgsRequest): Page<OrgDto> {
    const q = foldVietnamese(r.q);
    const found = [...this.orgs.values()].filter(
      (o) =>
        (r.includeClosed || o.status === 'active') &&
        (!r.withinOrgId || o.ancestorIds.includes(r.withinOrgId)) &&
        (foldVietnamese(o.name).includes(q) || foldVietnamese(o.shortName).includes(q)),
    );
    return this.page(found, r);
  }

  /** Keyset by (name, id), like the service. */
  private page(orgs: OrgDto[], r: { limit?: number; cursor?: string }): Page<OrgDto> {
    const sorted = orgs.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
    const after = decodeCursor(r.cursor, 2);
    const from = after ? sorted.findIndex((o) => o.id === after[1]) + 1 : 0;
    const limit = r.limit ?? 50;
    const items = sorted.slice(from, from + limit);
    const last = items.at(-1);
    return { items, nextCursor: last && from + limit < sorted.length ? encodeCursor([last.name, last.id]) : null };
  }

  private refuseTakenShortName(parentId: string | null, shortName: string): void {
    const taken = [...this.orgs.values()].some((o) => o.parentId === parentId && o.shortName === shortName);
    if (taken) throw new DomainError('MEMBERS.ORG_SHORT_NAME_TAKEN');
  }
}

/** The same rules the members service declares on its handlers. */
function accessOf(subject: Subject): RpcAccessRule {
  if (subject === SUBJECTS.members.health) return { permission: SYSTEM_PERMISSION, scope: 'none' };
  const writes: Subject[] = [SUBJECTS.members.orgCreate, SUBJECTS.members.orgUpdate, SUBJECTS.members.orgMove, SUBJECTS.members.orgClose];
  return { permission: writes.includes(subject) ? 'members:write' : 'members:read', scope: 'subtree' };
}
