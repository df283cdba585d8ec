import type { DecideMemberGradingRequest, MemberGradingDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GRADE_PERMISSION } from '../grading-permission';
import { assertWithinCap, checkMark } from '../grading-rules';
import { gradingConflict, gradingField, notCompetent } from '../grading.errors';
import { MemberGradingRepository } from '../member-grading.repository';
import { MemberGradingSteps } from '../member-grading-steps';

/**
 * Step 3: the competent committee's decision — an officer of a superior org (the chi bộ's own
 * officers only propose). Needs the proposal; may be changed while the campaign is open. The cap on
 * "hoàn thành xuất sắc" is checked within the member's org (its group), decisions on one group
 * taken one at a time (advisory lock), so two officers cannot pass the cap together.
 */
@Injectable()
export class DecideMemberGradingUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(MemberGradingSteps) private readonly steps: MemberGradingSteps,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
  ) {}

  execute(request: DecideMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const target = await this.steps.load(m, request, scope, context);
      const { row, campaign } = target;
      this.access.assertMayWrite(context, scope, { id: row.orgId }, { permission: GRADE_PERMISSION });
      if (scope.kind === 'subtree' && scope.rootId === row.orgId) throw notCompetent(lang);
      if (row.step !== 'proposed' && row.step !== 'decided') {
        throw gradingConflict(gradingField(lang, 'step', 'notProposed', 'chi bộ chưa đề xuất mức xếp loại', 'the chi bộ has not proposed yet'));
      }
      checkMark(request, campaign.referenceDate, lang);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`grading-group:${campaign.id}:${row.orgId}`]);
      const decided = await this.gradings.decidedLevels(m, campaign.id, row.orgId);
      assertWithinCap(decided, row.step === 'decided' ? row.decidedLevel : null, request.level, { name: row.orgName, kind: 'members' }, campaign.referenceDate, lang);
      return this.steps.write(m, target, 'decided', request, context);
    });
  }
}
