import type { GradingCampaignDto, RefreshGradingCampaignRequest } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { campaignEvent } from '../grading-events';
import { GRADE_PERMISSION } from '../grading-permission';
import { campaignClosed, gradingForbidden, gradingNotFound, gradingVersionMismatch } from '../grading.errors';
import { toCampaignDto } from '../grading.mapper';

/**
 * Lists the roll again while the campaign is open (If-Match): members and orgs added since it opened,
 * members not yet assessed moved to their current org or exemption, paths after an org move. Rows
 * already assessed keep their org and marks. Only from the campaign's root or above, as closing.
 */
@Injectable()
export class RefreshGradingCampaignUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: RefreshGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const campaign = await this.campaigns.findVisible(m, request.id, scope, true);
      if (!campaign) throw gradingNotFound(lang);
      if (!this.access.contains(scope, campaign.rootOrgPath)) throw gradingForbidden(lang);
      this.access.assertMayWrite(context, scope, { id: campaign.rootOrgId }, { permission: GRADE_PERMISSION });
      if (campaign.version !== request.expectedVersion) throw gradingVersionMismatch(lang);
      if (campaign.status === 'closed') throw campaignClosed(lang);
      const root = await this.access.findVisibleOrg(m, campaign.rootOrgId, { kind: 'all' }, 'share');
      await this.campaigns.listRoll(m, campaign.id, root?.path ?? campaign.rootOrgPath, campaign.referenceDate);
      await this.campaigns.bumpVersion(m, campaign.id);
      const refreshed = toCampaignDto((await this.campaigns.findVisible(m, campaign.id, { kind: 'all' }))!);
      await this.outbox.append(m, campaignEvent('refreshed', refreshed), context);
      return refreshed;
    });
  }
}
