import type { GradingRollupDto, GradingRollupRequest } from '@lienthong/contracts';
import { checkExcellentCap } from '@lienthong/rules';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { GradingRollupQueries } from '../grading-rollup.queries';
import { toCapDto } from '../grading-rules';
import { gradingNotFound } from '../grading.errors';
import { MemberGradingRepository } from '../member-grading.repository';
import { OrgGradingRepository } from '../org-grading.repository';

/**
 * Counts per level for an org and its children (default: the campaign's root, or the caller's own
 * scope root when the campaign was opened above it), and the cap as it stands in the org's own group.
 */
@Injectable()
export class GradingRollupUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(OrgGradingRepository) private readonly orgGradings: OrgGradingRepository,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
    @Inject(GradingRollupQueries) private readonly queries: GradingRollupQueries,
  ) {}

  async execute(request: GradingRollupRequest, context: HandlerContext): Promise<GradingRollupDto> {
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context, m);
    const campaign = await this.campaigns.findVisible(m, request.campaignId, scope);
    if (!campaign) throw gradingNotFound(context.language);
    const defaultOrg = scope.kind === 'all' || this.access.contains(scope, campaign.rootOrgPath) ? campaign.rootOrgId : scope.rootId;
    const orgId = request.orgId ?? defaultOrg;
    const org = await this.orgGradings.find(m, campaign.id, orgId);
    if (!org || !this.access.contains(scope, org.orgPath)) throw gradingNotFound(context.language);
    const rows = await this.queries.rollup(m, campaign.id, org.orgId);
    const group = await this.gradings.decidedLevels(m, campaign.id, org.orgId);
    const cap = toCapDto(checkExcellentCap(group.map((level) => ({ level })), campaign.referenceDate), campaign.referenceDate);
    return { campaignId: campaign.id, rows, cap };
  }
}
