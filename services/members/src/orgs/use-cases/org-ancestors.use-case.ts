import type { ListOrgAncestorsRequest, OrgDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ancestorPaths } from '../org-path';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/**
 * The breadcrumb above an organisation, root first, without the org itself. A scoped actor
 * sees it from its scope org down: what lies above is outside its subtree.
 */
@Injectable()
export class OrgAncestorsUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListOrgAncestorsRequest, context: HandlerContext): Promise<OrgDto[]> {
    const m = this.orgs.manager;
    const scope = await this.access.scopeOf(context, m);
    const org = await this.access.requireVisibleOrg(m, request.id, scope, context);
    const ancestors = await this.orgs.findByPaths(ancestorPaths(org.path), m);
    return this.mapper.toDtos(
      ancestors.filter((a) => this.access.contains(scope, a.path)),
      m,
    );
  }
}
