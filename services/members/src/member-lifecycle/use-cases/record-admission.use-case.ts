import type { LifecycleActionResultDto, RecordAdmissionRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { FieldErrors, ruleViolation } from '../lifecycle-checks';
import { ceremonyDates } from '../lifecycle-rules';
import { LifecycleWriter, type LifecycleState } from '../lifecycle-writer';

/**
 * Records the admission decision (number, date, issuer) of a probationary member's current period and,
 * when sent, the ceremony. The ceremony deadline (30 working days after the chi bộ received the decision)
 * is computed; a late ceremony is accepted and flagged with its rule.
 */
@Injectable()
export class RecordAdmissionUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: RecordAdmissionRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ['probationary'], (state) => plan(request, state));
  }
}

function plan(request: RecordAdmissionRequest, state: LifecycleState) {
  const { language } = state.context;
  if (state.period.ceremonyDate) {
    throw ruleViolation(language, 'ceremonyDate', 'ceremonyAlreadyHeld', {
      vi: `đã ghi lễ kết nạp ngày ${displayDate(state.period.ceremonyDate)}; quyết định kết nạp đã ghi chỉ sửa qua hồ sơ đảng viên`,
      en: `the ceremony was recorded on ${displayDate(state.period.ceremonyDate)}; correct the decision through the record instead`,
    });
  }
  const { decision, ceremonyDate } = request;
  const receivedOn = request.receivedOn ?? decision.date;
  const errors = new FieldErrors(language).notFuture('decision.date', decision.date, state.today).notFuture('receivedOn', receivedOn, state.today).notFuture('ceremonyDate', ceremonyDate, state.today);
  errors.notBefore('receivedOn', receivedOn, decision.date, 'beforeDecision', {
    vi: `không được trước ngày quyết định kết nạp (${displayDate(decision.date)})`,
    en: `must not be before the decision (${displayDate(decision.date)})`,
  });
  errors.notBefore('ceremonyDate', ceremonyDate, receivedOn, 'beforeReceived', {
    vi: `lễ kết nạp không được trước ngày nhận quyết định (${displayDate(receivedOn)})`,
    en: `must not be before the decision was received (${displayDate(receivedOn)})`,
  });
  errors.throwIfAny();
  const deadline = ceremonyDates(receivedOn);
  return {
    kind: 'admission-recorded' as const,
    effectiveOn: decision.date,
    decision,
    reason: request.reason,
    status: 'probationary' as const,
    statusSince: ceremonyDate ?? decision.date,
    period: { admissionDecisionDate: decision.date, admissionDecisionNumber: decision.number, ...(ceremonyDate ? { ceremonyDate } : {}) },
    details: {
      receivedOn,
      ceremonyDate: ceremonyDate ?? null,
      ceremonyDeadline: deadline?.deadline ?? null,
      ceremonyLate: Boolean(ceremonyDate && deadline?.deadline && ceremonyDate > deadline.deadline),
      rule: deadline?.rule ?? null,
    },
  };
}
