import { DEFAULT_PAGE_LIMIT, type GradingCampaignDto, type ListGradingCampaignsRequest, type Page } from '@lienthong/contracts';
import { decodeCursor, isKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { toCampaignDto } from '../grading.mapper';

/** The campaigns the caller sees, newest year first; `orgId` (visible, else 404) narrows to those covering it. */
@Injectable()
export class ListGradingCampaignsUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
  ) {}

  async execute(request: ListGradingCampaignsRequest, context: HandlerContext): Promise<Page<GradingCampaignDto>> {
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context, m);
    const org = request.orgId ? await this.access.requireVisibleOrg(m, request.orgId, scope, context) : undefined;
    const key = decodeCursor(request.cursor, 3, context.language, isKey('int', 'text', 'id'));
    const after = key && { year: key[0], path: key[1], id: key[2] };
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.campaigns.list(m, scope, { coveringPath: org?.path, year: request.year, status: request.status, after, limit });
    return keysetPage(rows, limit, toCampaignDto, (c) => [c.year, c.rootOrgPath, c.id]);
  }
}
