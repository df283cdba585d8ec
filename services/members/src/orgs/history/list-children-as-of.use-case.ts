import type { ListOrgChildrenAsOfRequest, OrgDto, Page } from '@lienthong/contracts';
import { keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { decodeOrgCursor, pageLimit } from '../org-page';
import { OrgEntity } from '../org.entity';
import { toOrgDtoAsOf } from './org-as-of.mapper';
import { OrgHistoryRepository } from './org-history.repository';

/**
 * The children of an org on a past (or future) day, keyset-paged by that day's folded name:
 * "the tree as it stood on 30/06/2025". Three more queries per page whatever its size.
 */
@Injectable()
export class ListChildrenAsOfUseCase {
  constructor(
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListOrgChildrenAsOfRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    const after = decodeOrgCursor(request.cursor, context.language);
    const limit = pageLimit(request.limit);
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context, m);
    await this.access.requireVisibleOrg(m, request.parentId, scope, context);
    const rows = await this.history.childrenOn(request.parentId, request.asOf, scope, { includeClosed: request.includeClosed ?? false, after, limit: limit + 1 });
    const { items, nextCursor } = keysetPage(rows, limit, (r) => r, (r) => [r.nameFolded, r.orgId]);
    const ids = items.map((r) => r.orgId);
    const [orgs, ancestors, counts] = await Promise.all([
      ids.length === 0 ? [] : m.createQueryBuilder(OrgEntity, 'o').where('o.id IN (:...ids)', { ids }).getMany(),
      this.history.ancestorsOn(ids, request.asOf),
      this.history.activeChildCountsOn(ids, request.asOf),
    ]);
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    return { items: items.map((r) => toOrgDtoAsOf(orgById.get(r.orgId)!, r, ancestors.get(r.orgId) ?? [], counts.get(r.orgId) ?? 0)), nextCursor };
  }
}
