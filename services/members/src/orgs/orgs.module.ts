import { Module } from '@nestjs/common';
import { OrgMapper } from './org.mapper';
import { OrgRepository } from './org.repository';
import { OrgsController } from './orgs.controller';
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

/** The organisation tree: the source of truth every other service replicates. */
@Module({
  controllers: [OrgsController],
  providers: [
    OrgRepository,
    OrgMapper,
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
  ],
  exports: [OrgRepository],
})
export class OrgsModule {}
