import {
  CloseOrgRequest,
  CreateOrgRequest,
  GetOrgRequest,
  ListOrgAncestorsRequest,
  ListOrgChildrenRequest,
  MoveOrgRequest,
  SearchOrgsRequest,
  SnapshotPageRequest,
  SnapshotSummaryRequest,
  SUBJECTS,
  UpdateOrgRequest,
  type OrgDto,
  type OrgSnapshotRow,
  type Page,
  type SnapshotPage,
  type SnapshotSummary,
} from '@lienthong/contracts';
import { RpcHandler, SYSTEM_PERMISSION, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CloseOrgUseCase } from './use-cases/close-org.use-case';
import { CreateOrgUseCase } from './use-cases/create-org.use-case';
import { GetOrgUseCase } from './use-cases/get-org.use-case';
import { ListChildrenUseCase } from './use-cases/list-children.use-case';
import { MoveOrgUseCase } from './use-cases/move-org.use-case';
import { OrgAncestorsUseCase } from './use-cases/org-ancestors.use-case';
import { OrgSnapshotPageUseCase } from './use-cases/org-snapshot-page.use-case';
import { OrgSnapshotSummaryUseCase } from './use-cases/org-snapshot-summary.use-case';
import { SearchOrgsUseCase } from './use-cases/search-orgs.use-case';
import { UpdateOrgUseCase } from './use-cases/update-org.use-case';

/** Messages about the organisation tree. Payloads arrive validated against their request class. */
@Controller()
export class OrgsController {
  constructor(
    @Inject(CreateOrgUseCase) private readonly createOrg: CreateOrgUseCase,
    @Inject(GetOrgUseCase) private readonly getOrg: GetOrgUseCase,
    @Inject(UpdateOrgUseCase) private readonly updateOrg: UpdateOrgUseCase,
    @Inject(MoveOrgUseCase) private readonly moveOrg: MoveOrgUseCase,
    @Inject(CloseOrgUseCase) private readonly closeOrg: CloseOrgUseCase,
    @Inject(ListChildrenUseCase) private readonly listChildren: ListChildrenUseCase,
    @Inject(SearchOrgsUseCase) private readonly searchOrgs: SearchOrgsUseCase,
    @Inject(OrgAncestorsUseCase) private readonly orgAncestors: OrgAncestorsUseCase,
    @Inject(OrgSnapshotPageUseCase) private readonly snapshotPage: OrgSnapshotPageUseCase,
    @Inject(OrgSnapshotSummaryUseCase) private readonly snapshotSummary: OrgSnapshotSummaryUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.orgCreate, CreateOrgRequest, { permission: 'members:write', scope: 'subtree' })
  create(request: CreateOrgRequest, context: HandlerContext): Promise<OrgDto> {
    return this.createOrg.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgGet, GetOrgRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetOrgRequest, context: HandlerContext): Promise<OrgDto> {
    return this.getOrg.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgUpdate, UpdateOrgRequest, { permission: 'members:write', scope: 'subtree' })
  update(request: UpdateOrgRequest, context: HandlerContext): Promise<OrgDto> {
    return this.updateOrg.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgMove, MoveOrgRequest, { permission: 'members:write', scope: 'subtree' })
  move(request: MoveOrgRequest, context: HandlerContext): Promise<OrgDto> {
    return this.moveOrg.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgClose, CloseOrgRequest, { permission: 'members:write', scope: 'subtree' })
  close(request: CloseOrgRequest, context: HandlerContext): Promise<OrgDto> {
    return this.closeOrg.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgListChildren, ListOrgChildrenRequest, { permission: 'members:read', scope: 'subtree' })
  children(request: ListOrgChildrenRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    return this.listChildren.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgSearch, SearchOrgsRequest, { permission: 'members:read', scope: 'subtree' })
  search(request: SearchOrgsRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    return this.searchOrgs.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgAncestors, ListOrgAncestorsRequest, { permission: 'members:read', scope: 'subtree' })
  ancestors(request: ListOrgAncestorsRequest, context: HandlerContext): Promise<OrgDto[]> {
    return this.orgAncestors.execute(request, context);
  }

  /** Other services' org replicas: their first load, a rebuild and the nightly check. */
  @RpcHandler(SUBJECTS.members.orgSnapshot, SnapshotPageRequest, { permission: SYSTEM_PERMISSION, scope: 'none' })
  snapshot(request: SnapshotPageRequest, context: HandlerContext): Promise<SnapshotPage<OrgSnapshotRow>> {
    return this.snapshotPage.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgSnapshotSummary, SnapshotSummaryRequest, { permission: SYSTEM_PERMISSION, scope: 'none' })
  summary(request: SnapshotSummaryRequest, context: HandlerContext): Promise<SnapshotSummary> {
    return this.snapshotSummary.execute(request, context);
  }
}
