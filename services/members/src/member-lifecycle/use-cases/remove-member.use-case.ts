import { REMOVAL_GROUND_LABELS, type LifecycleActionResultDto, type RemoveMemberRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { REMOVAL_RULES } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { ENDABLE, endingPlan } from '../ending-plan';
import { deadlineOrNote, ruleOf } from '../lifecycle-rules';
import { LifecycleWriter } from '../lifecycle-writer';

/**
 * Removal from the roll (xóa tên), on one of the grounds of 29-QĐ/TW point 8.1; "not qualified for
 * official status" only for a probationary member. The complaint deadline (30 working days of the
 * decision) is computed and kept with the row.
 */
@Injectable()
export class RemoveMemberUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: RemoveMemberRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ENDABLE, (state) => {
      const errors = decidedChecks(state, request, { effectiveAfterDecision: true });
      if (request.ground === 'du-bi-khong-du-tu-cach' && state.member.status !== 'probationary') {
        errors.add('ground', 'notProbationary', { vi: 'lý do này chỉ dành cho đảng viên dự bị', en: 'this ground is only for a probationary member' });
      }
      errors.throwIfAny();
      const rule = REMOVAL_RULES.versionAt(request.decision.date);
      const complaint = rule ? deadlineOrNote(request.decision.date, rule.value.complaintWorkingDays) : { date: null, note: null };
      const label = REMOVAL_GROUND_LABELS[request.ground].vi;
      return endingPlan(state, request, 'removed', 'removed', `Xóa tên: ${label}`, {
        ground: request.ground,
        complaintBy: complaint.date,
        complaintNote: complaint.note,
        rule: rule ? ruleOf(REMOVAL_RULES, rule.source) : null,
      });
    });
  }
}
