import type { GradingCampaignDto, OpenGradingCampaignRequest } from '@lienthong/contracts';
import { OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { campaignEvent } from '../grading-events';
import { gradingConflict, gradingField, gradingInvalid } from '../grading.errors';
import { toCampaignDto } from '../grading.mapper';
import { GRADE_PERMISSION } from '../grading-permission';
import { hasBands, referenceDateOf } from '../grading-rules';

/**
 * Opens the year's grading campaign over an org's subtree (a superior's plan, members.md §6 "Timing"):
 * lists every member on the official roll and every open org in it, set-based, in one transaction.
 */
@Injectable()
export class OpenGradingCampaignUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: OpenGradingCampaignRequest, context: HandlerContext): Promise<GradingCampaignDto> {
    const lang = context.language;
    const today = partyToday();
    const details = [];
    if (request.year > Number(today.slice(0, 4))) details.push(gradingField(lang, 'year', 'inFuture', 'chưa đến năm này', 'that year has not come yet'));
    else if (!hasBands(request.year)) details.push(gradingField(lang, 'year', 'noRules', 'chưa có khung điểm xếp loại cho năm này', 'no grading bands for that year'));
    if (request.deadline < today) details.push(gradingField(lang, 'deadline', 'inPast', 'không được trước ngày hôm nay', 'must not be before today'));
    if (details.length) throw gradingInvalid(lang, details);
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const root = await this.access.requireVisibleOrg(m, request.rootOrgId, scope, context, { lock: 'share' });
      this.access.assertMayWrite(context, scope, root, { permission: GRADE_PERMISSION });
      if (root.status === 'closed') throw gradingConflict(gradingField(lang, 'rootOrgId', 'orgClosed', 'tổ chức đã giải thể', 'the org is closed'));
      if (await this.campaigns.overlapping(m, root.path, request.year)) {
        throw gradingConflict(
          gradingField(lang, 'year', 'campaignExists', `đã có đợt đánh giá năm ${request.year} trùng phạm vi tổ chức này`, `a ${request.year} campaign already covers part of this subtree`),
        );
      }
      const id = uuidv7();
      await this.campaigns.open(m, {
        id,
        rootOrgId: root.id,
        rootOrgPath: root.path,
        year: request.year,
        title: request.title,
        deadline: request.deadline,
        referenceDate: referenceDateOf(request.year),
        openedBy: context.auth.actor.name,
      });
      const campaign = toCampaignDto((await this.campaigns.findVisible(m, id, { kind: 'all' }))!);
      await this.outbox.append(m, campaignEvent('opened', campaign), context);
      return campaign;
    });
  }
}
