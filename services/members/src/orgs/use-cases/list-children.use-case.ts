import type { ListOrgChildrenRequest, OrgDto, Page } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decodeOrgCursor, pageLimit, toOrgPage } from '../org-page';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/**
 * A page of the children of an organisation, by folded name. `parentId: null` lists the
 * tops of the actor's tree: the roots, or a scoped actor's own scope org.
 */
@Injectable()
export class ListChildrenUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListOrgChildrenRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    const after = decodeOrgCursor(request.cursor, context.language);
    const limit = pageLimit(request.limit);
    const scope = await this.access.scopeOf(context);
    if (request.parentId !== null) await this.access.requireVisibleOrg(this.orgs.manager, request.parentId, scope, context);
    const rows = await this.orgs.listChildren(request.parentId, scope, {
      includeClosed: request.includeClosed ?? false,
      after,
      limit: limit + 1,
    });
    return toOrgPage(rows, limit, this.mapper);
  }
}
