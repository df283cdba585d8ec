import {
  GetOrgAsOfRequest,
  GetOrgHistoryRequest,
  ListOrgChildrenAsOfRequest,
  MergeOrgsRequest,
  SplitOrgRequest,
  SUBJECTS,
  type OrgDto,
  type OrgHistoryDto,
  type Page,
  type RestructuringDto,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { GetOrgAsOfUseCase } from './history/get-org-as-of.use-case';
import { GetOrgHistoryUseCase } from './history/get-org-history.use-case';
import { ListChildrenAsOfUseCase } from './history/list-children-as-of.use-case';
import { MergeOrgsUseCase } from './restructuring/merge-orgs.use-case';
import { SplitOrgUseCase } from './restructuring/split-org.use-case';

/** The tree over time: as it stood on a day, an org's versions and successors, merges and splits. */
@Controller()
export class OrgHistoryController {
  constructor(
    @Inject(GetOrgAsOfUseCase) private readonly getAsOf: GetOrgAsOfUseCase,
    @Inject(ListChildrenAsOfUseCase) private readonly childrenAsOf: ListChildrenAsOfUseCase,
    @Inject(GetOrgHistoryUseCase) private readonly orgHistory: GetOrgHistoryUseCase,
    @Inject(MergeOrgsUseCase) private readonly mergeOrgs: MergeOrgsUseCase,
    @Inject(SplitOrgUseCase) private readonly splitOrg: SplitOrgUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.orgGetAsOf, GetOrgAsOfRequest, { permission: 'members:read', scope: 'subtree' })
  getOrgAsOf(request: GetOrgAsOfRequest, context: HandlerContext): Promise<OrgDto> {
    return this.getAsOf.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgListChildrenAsOf, ListOrgChildrenAsOfRequest, { permission: 'members:read', scope: 'subtree' })
  listChildrenAsOf(request: ListOrgChildrenAsOfRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    return this.childrenAsOf.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgHistory, GetOrgHistoryRequest, { permission: 'members:read', scope: 'subtree' })
  history(request: GetOrgHistoryRequest, context: HandlerContext): Promise<OrgHistoryDto> {
    return this.orgHistory.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgMerge, MergeOrgsRequest, { permission: 'members:write', scope: 'subtree' })
  merge(request: MergeOrgsRequest, context: HandlerContext): Promise<RestructuringDto> {
    return this.mergeOrgs.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgSplit, SplitOrgRequest, { permission: 'members:write', scope: 'subtree' })
  split(request: SplitOrgRequest, context: HandlerContext): Promise<RestructuringDto> {
    return this.splitOrg.execute(request, context);
  }
}
