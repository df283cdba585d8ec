import { Module } from '@nestjs/common';
import { OrgMembersTransfer } from '../members/bulk-transfer/org-members-transfer';
import { ScopeModule } from '../scope/scope.module';
import { GetOrgAsOfUseCase } from './history/get-org-as-of.use-case';
import { GetOrgHistoryUseCase } from './history/get-org-history.use-case';
import { ListChildrenAsOfUseCase } from './history/list-children-as-of.use-case';
import { OrgHistoryRepository } from './history/org-history.repository';
import { OrgHistoryController } from './org-history.controller';
import { OrgKindRulesController } from './org-kind-rules.controller';
import { OrgMapper } from './org.mapper';
import { OrgRepository } from './org.repository';
import { OrgTermsController } from './org-terms.controller';
import { OrgsController } from './orgs.controller';
import { MergeOrgsUseCase } from './restructuring/merge-orgs.use-case';
import { OrgSuccessionRepository } from './restructuring/org-succession.repository';
import { RestructuringSteps } from './restructuring/restructuring-steps';
import { SplitOrgUseCase } from './restructuring/split-org.use-case';
import { CloseOrgTermUseCase } from './terms/close-org-term.use-case';
import { ListOrgTermsUseCase } from './terms/list-org-terms.use-case';
import { OpenOrgTermUseCase } from './terms/open-org-term.use-case';
import { OrgTermInForceUseCase } from './terms/org-term-in-force.use-case';
import { OrgTermRepository } from './terms/org-term.repository';
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

/** The organisation tree: the source of truth every other service replicates, with its history and terms. */
@Module({
  imports: [ScopeModule],
  controllers: [OrgsController, OrgHistoryController, OrgTermsController, OrgKindRulesController],
  providers: [
    OrgRepository,
    OrgMapper,
    OrgHistoryRepository,
    OrgTermRepository,
    OrgSuccessionRepository,
    RestructuringSteps,
    OrgMembersTransfer,
    CreateOrgUseCase,
    GetOrgUseCase,
    UpdateOrgUseCase,
    MoveOrgUseCase,
    CloseOrgUseCase,
    ListChildrenUseCase,
    SearchOrgsUseCase,
    OrgAncestorsUseCase,
    OrgSnapshotPageUseCase,
    OrgSnapshotSummaryUseCase,
    GetOrgAsOfUseCase,
    ListChildrenAsOfUseCase,
    GetOrgHistoryUseCase,
    MergeOrgsUseCase,
    SplitOrgUseCase,
    ListOrgTermsUseCase,
    OpenOrgTermUseCase,
    CloseOrgTermUseCase,
    OrgTermInForceUseCase,
  ],
  exports: [OrgRepository],
})
export class OrgsModule {}
