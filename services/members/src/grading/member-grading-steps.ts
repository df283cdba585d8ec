import type { GradingMarkInput, MemberGradingDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorScope } from '../scope';
import { GradingCampaignRepository, type CampaignRow } from './grading-campaign.repository';
import { memberGradingEvent } from './grading-events';
import { campaignClosed, gradingNotFound, gradingVersionMismatch, memberExcluded } from './grading.errors';
import { toMemberGradingDto } from './grading.mapper';
import { MemberGradingRepository, type MarkStep, type MemberGradingRow } from './member-grading.repository';

export interface StepTarget {
  campaign: CampaignRow;
  row: MemberGradingRow;
}

/**
 * What the three steps on a member share: the campaign and the row (locked), looked up within the
 * caller's scope (`null`: scope self, the member named by the gateway) — either missing → 404;
 * then the version (412), a closed campaign and an excluded member (409); and the write itself
 * with its event in the same transaction.
 */
@Injectable()
export class MemberGradingSteps {
  constructor(
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async load(
    m: EntityManager,
    request: { campaignId: string; memberId: string; expectedVersion: number },
    scope: ActorScope | null,
    context: HandlerContext,
  ): Promise<StepTarget> {
    const lang = context.language;
    const campaign = await this.campaigns.findVisible(m, request.campaignId, scope ?? { kind: 'all' });
    const row = campaign && (await this.gradings.find(m, campaign.id, request.memberId, scope, true));
    if (!campaign || !row) throw gradingNotFound(lang);
    if (row.version !== request.expectedVersion) throw gradingVersionMismatch(lang);
    if (campaign.status === 'closed') throw campaignClosed(lang);
    if (row.exclusionReason !== null) throw memberExcluded(lang);
    return { campaign, row };
  }

  async write(
    m: EntityManager,
    target: StepTarget,
    step: MarkStep,
    mark: GradingMarkInput & { decisionRef?: string | null },
    context: HandlerContext,
  ): Promise<MemberGradingDto> {
    await this.gradings.writeMark(m, target.row.id, step, {
      points: mark.points,
      level: mark.level,
      comment: mark.comment ?? null,
      by: context.auth.actor.name,
      decisionRef: mark.decisionRef,
    });
    const grading = toMemberGradingDto((await this.gradings.find(m, target.campaign.id, target.row.memberId, null))!);
    await this.outbox.append(m, memberGradingEvent(step, grading), context);
    return grading;
  }
}
