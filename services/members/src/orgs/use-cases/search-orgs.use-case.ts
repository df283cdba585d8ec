import type { OrgDto, Page, SearchOrgsRequest } from '@lienthong/contracts';
import { foldVietnamese, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decodeOrgCursor, pageLimit, toOrgPage } from '../org-page';
import { invalidOrgField } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/**
 * Finds organisations by name or short name without diacritics: "to chuc" finds "Tổ chức",
 * "dang" finds "Đảng". Every word must appear; results come by folded name, keyset-paged.
 */
@Injectable()
export class SearchOrgsUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: SearchOrgsRequest, context: HandlerContext): Promise<Page<OrgDto>> {
    const { language } = context;
    const words = foldVietnamese(request.q).split(' ').filter(Boolean);
    if (words.length === 0) {
      throw invalidOrgField(language, 'q', 'isNotEmpty', { vi: 'không được để trống', en: 'must not be empty' });
    }
    const after = decodeOrgCursor(request.cursor, language);
    const limit = pageLimit(request.limit);
    const scope = await this.access.scopeOf(context);
    let withinPath: string | null = null;
    if (request.withinOrgId !== undefined) withinPath = (await this.access.requireVisibleOrg(this.orgs.manager, request.withinOrgId, scope, context)).path;
    const rows = await this.orgs.search(words, scope, withinPath, {
      includeClosed: request.includeClosed ?? false,
      after,
      limit: limit + 1,
    });
    return toOrgPage(rows, limit, this.mapper);
  }
}
