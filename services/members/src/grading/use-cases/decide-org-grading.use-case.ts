import type { DecideOrgGradingRequest, OrgGradingDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GradingCampaignRepository } from '../grading-campaign.repository';
import { orgGradingDecided } from '../grading-events';
import { GRADE_PERMISSION } from '../grading-permission';
import { assertWithinCap, checkMark } from '../grading-rules';
import { campaignClosed, gradingNotFound, gradingVersionMismatch, notCompetent } from '../grading.errors';
import { toOrgGradingDto } from '../grading.mapper';
import { OrgGradingRepository } from '../org-grading.repository';

/**
 * The grading of an organisation (chi bộ, đảng bộ) in the campaign, decided by a superior committee
 * (never by the org's own officers), on the same four levels and bands; the cap on "hoàn thành xuất
 * sắc" counts the orgs under the same parent. If-Match on the org's grading row.
 */
@Injectable()
export class DecideOrgGradingUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(GradingCampaignRepository) private readonly campaigns: GradingCampaignRepository,
    @Inject(OrgGradingRepository) private readonly orgGradings: OrgGradingRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: DecideOrgGradingRequest, context: HandlerContext): Promise<OrgGradingDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const campaign = await this.campaigns.findVisible(m, request.campaignId, scope);
      const row = campaign && (await this.orgGradings.find(m, campaign.id, request.orgId, true));
      if (!campaign || !row || !this.access.contains(scope, row.orgPath)) throw gradingNotFound(lang);
      this.access.assertMayWrite(context, scope, { id: row.orgId }, { permission: GRADE_PERMISSION });
      if (scope.kind === 'subtree' && scope.rootId === row.orgId) throw notCompetent(lang);
      if (row.version !== request.expectedVersion) throw gradingVersionMismatch(lang);
      if (campaign.status === 'closed') throw campaignClosed(lang);
      checkMark(request, campaign.referenceDate, lang);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`grading-org-group:${campaign.id}:${row.parentId ?? ''}`]);
      const decided = await this.orgGradings.decidedSiblingLevels(m, campaign.id, row.parentId);
      const parent: { name: string }[] = row.parentId ? await m.query(`SELECT name FROM org WHERE id = $1`, [row.parentId]) : [];
      const groupName = parent[0] ? (lang === 'vi' ? `các tổ chức trực thuộc ${parent[0].name}` : `the orgs under ${parent[0].name}`) : row.orgName;
      assertWithinCap(decided, row.decidedLevel, request.level, { name: groupName, kind: 'orgs' }, campaign.referenceDate, lang);
      await this.orgGradings.decide(m, row.id, { points: request.points, level: request.level, comment: request.comment ?? null, by: context.auth.actor.name, decisionRef: request.decisionRef });
      const grading = toOrgGradingDto((await this.orgGradings.find(m, campaign.id, row.orgId))!);
      await this.outbox.append(m, orgGradingDecided(grading), context);
      return grading;
    });
  }
}
