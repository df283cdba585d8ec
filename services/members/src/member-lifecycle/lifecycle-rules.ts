import type { LifecycleRuleDto } from '@lienthong/contracts';
import {
  addMonths,
  ADMISSION_CEREMONY_DEADLINE,
  CalendarNotCoveredError,
  displayDate,
  PROBATION_LENGTH,
  RECOGNITION_CONSIDERATION_DEADLINE,
  type WorkingDayCalendar,
  type RuleSource,
  type RuleTable,
} from '@lienthong/rules';
import { currentCalendar } from '../calendar/calendar-provider';

/** The working-day calendar of state and Party offices in force (base data and overrides: CalendarProvider). */
export function workingDays(): WorkingDayCalendar {
  return currentCalendar();
}

/** `from` + N working days, or null with a note when the calendar has no holiday data for the span. */
export function deadlineOrNote(from: string, days: number): { date: string | null; note: string | null } {
  try {
    return { date: workingDays().deadline(from, days), note: null };
  } catch (error) {
    if (!(error instanceof CalendarNotCoveredError)) throw error;
    const { firstDay, lastDay } = error.coverage;
    return { date: null, note: `Lịch ngày làm việc chỉ có dữ liệu ${displayDate(firstDay)} … ${displayDate(lastDay)}: không tính được hạn này (calendar not covered)` };
  }
}

export function ruleOf(table: Pick<RuleTable<unknown>, 'name'>, source: RuleSource): LifecycleRuleDto {
  return { table: table.name, document: source.document, article: source.article ?? null, note: source.note ?? null, verify: source.verify === true };
}

/**
 * Probation runs 12 months from the day the chi bộ holds the admission ceremony (Điều lệ Đảng 2011,
 * Điều 5 khoản 1: "tính từ ngày chi bộ tổ chức lễ kết nạp"), which is also what the member record checks
 * (`probationTooShort`). Before the ceremony is recorded the date is an estimate from the decision.
 */
export const PROBATION_START_SOURCE: RuleSource = {
  document: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 19/01/2011)',
  article: 'Điều 5 khoản 1',
  note: 'Thời kỳ dự bị 12 tháng tính từ ngày chi bộ tổ chức lễ kết nạp; đảng viên đủ điều kiện được công nhận chính thức từ ngày hết 12 tháng dự bị.',
};

export interface RecognitionDates {
  /** The basis: the ceremony, or the decision while no ceremony is recorded. */
  basis: { kind: 'ceremony' | 'decision'; date: string };
  dueDate: string;
  considerBy: string | null;
  considerByNote: string | null;
  probationRule: LifecycleRuleDto;
  considerationRule: LifecycleRuleDto;
}

/** Null when no probation rule was in force on the decision date (records before 2011 are not computed). */
export function recognitionDates(period: { admissionDecisionDate: string; ceremonyDate: string | null }): RecognitionDates | null {
  const basis = period.ceremonyDate ? { kind: 'ceremony' as const, date: period.ceremonyDate } : { kind: 'decision' as const, date: period.admissionDecisionDate };
  const probation = PROBATION_LENGTH.versionAt(period.admissionDecisionDate);
  if (!probation) return null;
  const dueDate = addMonths(basis.date, probation.value.months);
  const consideration = RECOGNITION_CONSIDERATION_DEADLINE.versionAt(dueDate);
  if (!consideration) return null;
  const considerBy = deadlineOrNote(dueDate, consideration.value.workingDays);
  return {
    basis,
    dueDate,
    considerBy: considerBy.date,
    considerByNote: considerBy.note,
    probationRule: { ...ruleOf(PROBATION_LENGTH, PROBATION_START_SOURCE), note: `${PROBATION_START_SOURCE.note} ${probation.value.months} tháng (${probation.source.document}).` },
    considerationRule: ruleOf(RECOGNITION_CONSIDERATION_DEADLINE, consideration.source),
  };
}

export interface CeremonyDates {
  receivedOn: string;
  deadline: string | null;
  note: string | null;
  rule: LifecycleRuleDto;
}

/** The ceremony is due within 30 working days of the chi bộ receiving the decision (members.md §4.1). */
export function ceremonyDates(receivedOn: string): CeremonyDates | null {
  const rule = ADMISSION_CEREMONY_DEADLINE.versionAt(receivedOn);
  if (!rule) return null;
  const { date, note } = deadlineOrNote(receivedOn, rule.value.workingDays);
  return { receivedOn, deadline: date, note, rule: ruleOf(ADMISSION_CEREMONY_DEADLINE, rule.source) };
}
