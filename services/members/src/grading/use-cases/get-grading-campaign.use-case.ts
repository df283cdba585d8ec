import type { GetGradingCampaignRequest, GradingCampaignDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { gradingNotFound } from '../grading.errors';
import { toCampaignDto } from '../grading.mapper';

/** One campaign the caller sees (opened within its scope, or above it and covering it); otherwise 404. */
@Injectable()
export class GetGradingCampaignUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
  ) {}

  async execute(request: GetGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    const scope = await this.access.scopeOf(context);
    const campaign = await this.campaigns.findVisible(this.access.manager, request.id, scope);
    if (!campaign) throw gradingNotFound(context.language);
    return toCampaignDto(campaign);
  }
}
