import type { ListOrgAncestorsRequest, OrgDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ancestorPaths } from '../org-path';
import { orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';

/**
 * The breadcrumb above an organisation, root first, without the org itself. A scoped actor
 * sees it from its scope org down: what lies above is outside its subtree.
 */
@Injectable()
export class OrgAncestorsUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
  ) {}

  async execute(request: ListOrgAncestorsRequest, { auth, language }: HandlerContext): Promise<OrgDto[]> {
    const m = this.orgs.manager;
    const scope = await this.orgs.scopeOf(auth, m);
    const org = await this.orgs.findVisible(m, request.id, scope);
    if (!org) throw orgError('MEMBERS.ORG_NOT_FOUND', language);
    const ancestors = await this.orgs.findByPaths(ancestorPaths(org.path), m);
    return this.mapper.toDtos(
      ancestors.filter((a) => this.orgs.isVisible(a, scope)),
      m,
    );
  }
}
