import type { LifecycleDecisionInput } from '@lienthong/contracts';
import { displayDate } from '@lienthong/rules';
import { FieldErrors } from './lifecycle-checks';
import type { LifecycleState } from './lifecycle-writer';

/**
 * The date orders every decided action keeps: nothing in the future; the paper not before the
 * admission it concerns; the action not before the status it ends began, nor before its paper.
 */
export function decidedChecks(
  state: LifecycleState,
  request: { decision?: LifecycleDecisionInput; effectiveOn: string },
  options: { effectiveAfterDecision: boolean },
): FieldErrors {
  const errors = new FieldErrors(state.context.language);
  const { decision, effectiveOn } = request;
  const admitted = state.period.admissionDecisionDate;
  errors.notFuture('effectiveOn', effectiveOn, state.today);
  errors.notBefore('effectiveOn', effectiveOn, state.member.statusSince, 'beforeStatusSince', {
    vi: `không được trước ngày bắt đầu trạng thái hiện tại (${displayDate(state.member.statusSince)})`,
    en: `must not be before the current status began (${displayDate(state.member.statusSince)})`,
  });
  if (decision) {
    errors.notFuture('decision.date', decision.date, state.today);
    errors.notBefore('decision.date', decision.date, admitted, 'beforeAdmission', {
      vi: `không được trước ngày quyết định kết nạp (${displayDate(admitted)})`,
      en: `must not be before the admission decision (${displayDate(admitted)})`,
    });
    if (options.effectiveAfterDecision) {
      errors.notBefore('effectiveOn', effectiveOn, decision.date, 'beforeDecision', {
        vi: `không được trước ngày ký quyết định (${displayDate(decision.date)})`,
        en: `must not be before the decision was signed (${displayDate(decision.date)})`,
      });
    } else {
      errors.notBefore('decision.date', decision.date, effectiveOn, 'beforeEffective', {
        vi: `không được trước ngày sự việc xảy ra (${displayDate(effectiveOn)})`,
        en: `must not be before the day it happened (${displayDate(effectiveOn)})`,
      });
    }
  }
  return errors;
}
