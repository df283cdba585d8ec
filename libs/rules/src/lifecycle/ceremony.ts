import { type LocalDate, parseLocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ADMISSION_CEREMONY_DEADLINE } from '../member-rules/admission.rules';

export interface CeremonyCheck {
  /** Last day to hold the ceremony without the superior committee's consent. */
  deadline: LocalDate;
  /** Held after the deadline (or, when not held yet, the deadline has passed on `today`). */
  late: boolean;
  source: RuleSource;
}

/**
 * The admission ceremony is due within 30 working days of the chi bộ receiving the decision (members.md
 * §4.1); the day of receipt is not counted. Pass `heldOn` once held, otherwise `today` to flag overdue.
 */
export function checkCeremony(
  decisionReceivedOn: LocalDate,
  calendar: WorkingDayCalendar,
  when: { heldOn: LocalDate } | { today: LocalDate },
): CeremonyCheck {
  const received = parseLocalDate(decisionReceivedOn);
  const rule = ADMISSION_CEREMONY_DEADLINE.requireAt(received);
  const deadline = calendar.deadline(received, rule.value.workingDays);
  const reference = parseLocalDate('heldOn' in when ? when.heldOn : when.today);
  if ('heldOn' in when && reference < received) {
    throw new RangeError(`ceremony on ${reference} is before the decision was received on ${received}`);
  }
  return { deadline, late: reference > deadline, source: rule.source };
}
