import type { LifecycleActionResultDto, RecordCeremonyRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { FieldErrors, ruleViolation } from '../lifecycle-checks';
import { ceremonyDates } from '../lifecycle-rules';
import { LifecycleWriter, type LifecycleState } from '../lifecycle-writer';

/**
 * The admission ceremony ("ngày vào Đảng"; probation counts from it). Due within 30 working days of the
 * chi bộ receiving the decision; a later one is recorded all the same and flagged `late` with the rule
 * (it needed the superior committee's consent, members.md §4.1).
 */
@Injectable()
export class RecordCeremonyUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: RecordCeremonyRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ['probationary'], (state) => plan(request, state));
  }
}

function plan(request: RecordCeremonyRequest, state: LifecycleState) {
  const { language } = state.context;
  const { period } = state;
  if (period.ceremonyDate) {
    throw ruleViolation(language, 'heldOn', 'ceremonyAlreadyHeld', {
      vi: `lễ kết nạp đã được ghi ngày ${displayDate(period.ceremonyDate)}`,
      en: `the ceremony was already recorded on ${displayDate(period.ceremonyDate)}`,
    });
  }
  const admission = state.events.find((e) => e.periodSeq === period.seq && e.kind === 'admission-recorded');
  const receivedOn = request.receivedOn ?? (admission?.details.receivedOn as string | undefined) ?? period.admissionDecisionDate;
  const errors = new FieldErrors(language).notFuture('heldOn', request.heldOn, state.today).notFuture('receivedOn', receivedOn, state.today);
  errors.notBefore('receivedOn', receivedOn, period.admissionDecisionDate, 'beforeDecision', {
    vi: `không được trước ngày quyết định kết nạp (${displayDate(period.admissionDecisionDate)})`,
    en: `must not be before the admission decision (${displayDate(period.admissionDecisionDate)})`,
  });
  errors.notBefore('heldOn', request.heldOn, receivedOn, 'beforeReceived', {
    vi: `lễ kết nạp không được trước ngày nhận quyết định (${displayDate(receivedOn)})`,
    en: `must not be before the decision was received (${displayDate(receivedOn)})`,
  });
  errors.throwIfAny();
  const deadline = ceremonyDates(receivedOn);
  const late = Boolean(deadline?.deadline && request.heldOn > deadline.deadline);
  return {
    kind: 'ceremony-held' as const,
    effectiveOn: request.heldOn,
    reason: request.reason,
    statusSince: request.heldOn,
    period: { ceremonyDate: request.heldOn },
    details: { receivedOn, deadline: deadline?.deadline ?? null, late, rule: deadline?.rule ?? null, note: deadline?.note ?? null },
  };
}
