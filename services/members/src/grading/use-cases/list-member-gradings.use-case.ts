import { DEFAULT_PAGE_LIMIT, type ListMemberGradingsRequest, type MemberGradingDto, type Page } from '@lienthong/contracts';
import { decodeCursor, isKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { gradingNotFound } from '../grading.errors';
import { toMemberGradingDto } from '../grading.mapper';
import { MemberGradingRepository } from '../member-grading.repository';

/** The members listed in a campaign within the caller's scope (optionally an org's subtree), by org then member; keyset. */
@Injectable()
export class ListMemberGradingsUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
  ) {}

  async execute(request: ListMemberGradingsRequest, context: HandlerContext): Promise<Page<MemberGradingDto>> {
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context, m);
    const campaign = await this.campaigns.findVisible(m, request.campaignId, scope);
    if (!campaign) throw gradingNotFound(context.language);
    const org = request.orgId ? await this.access.requireVisibleOrg(m, request.orgId, scope, context) : undefined;
    const key = decodeCursor(request.cursor, 2, context.language, isKey('text', 'id'));
    const after = key && { path: key[0], id: key[1] };
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.gradings.list(m, scope, { ...request, limit, underPath: org?.path, after });
    return keysetPage(rows, limit, toMemberGradingDto, (g) => [g.orgPath, g.memberId]);
  }
}
