import type { CloseGradingCampaignRequest, GradingCampaignDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { campaignEvent } from '../grading-events';
import { campaignClosed, gradingForbidden, gradingNotFound, gradingVersionMismatch } from '../grading.errors';
import { toCampaignDto } from '../grading.mapper';
import { GRADE_PERMISSION } from '../grading-permission';

/** Closes a campaign (If-Match): no step can be taken in it afterwards. Only an officer whose scope holds its root. */
@Injectable()
export class CloseGradingCampaignUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: CloseGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const campaign = await this.campaigns.findVisible(m, request.id, scope, true);
      if (!campaign) throw gradingNotFound(lang);
      // Seen from below (a chi bộ's officers) is not enough: closing is for those who could open it.
      if (!this.access.contains(scope, campaign.rootOrgPath)) throw gradingForbidden(lang);
      this.access.assertMayWrite(context, scope, { id: campaign.rootOrgId }, { permission: GRADE_PERMISSION });
      if (campaign.version !== request.expectedVersion) throw gradingVersionMismatch(lang);
      if (campaign.status === 'closed') throw campaignClosed(lang);
      await this.campaigns.close(m, campaign.id);
      const closed = toCampaignDto((await this.campaigns.findVisible(m, campaign.id, { kind: 'all' }))!);
      await this.outbox.append(m, campaignEvent('closed', closed), context);
      return closed;
    });
  }
}
