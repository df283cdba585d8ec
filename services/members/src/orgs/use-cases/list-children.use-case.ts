import type { ListOrgChildrenRequest, OrgDto, Page } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decodeOrgCursor, pageLimit, toOrgPage } from '../org-page';
import { orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';

/**
 * A page of the children of an organisation, by folded name. `parentId: null` lists the
 * tops of the actor's tree: the roots, or a scoped actor's own scope org.
 */
@Injectable()
export class ListChildrenUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
  ) {}

  async execute(request: ListOrgChildrenRequest, { auth, language }: HandlerContext): Promise<Page<OrgDto>> {
    const after = decodeOrgCursor(request.cursor, language);
    const limit = pageLimit(request.limit);
    const scope = await this.orgs.scopeOf(auth);
    if (request.parentId !== null && !(await this.orgs.findVisible(this.orgs.manager, request.parentId, scope))) {
      throw orgError('MEMBERS.ORG_NOT_FOUND', language);
    }
    const rows = await this.orgs.listChildren(request.parentId, scope, {
      includeClosed: request.includeClosed ?? false,
      after,
      limit: limit + 1,
    });
    return toOrgPage(rows, limit, this.mapper);
  }
}
