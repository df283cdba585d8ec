import type { LifecycleRuleDto } from '@lienthong/contracts';
import {
  ADMISSION_CEREMONY_DEADLINE,
  deadlineOrNote as deadlineOnCalendar,
  PROBATION_LENGTH,
  RECOGNITION_CONSIDERATION_DEADLINE,
  recognitionSchedule,
  RuleNotInForceError,
  type RecognitionSchedule,
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
  return deadlineOnCalendar(workingDays(), from, days);
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

/**
 * The recognition dates of @lienthong/rules `recognitionSchedule` (the rule versions are picked there, by
 * the start of probation), with the basis and the rules as the API shows them. Null when no probation
 * rule was in force when probation started, or no consideration deadline when it ended (records before
 * the encoded rules are not computed).
 */
export function recognitionDates(period: { admissionDecisionDate: string; ceremonyDate: string | null }): RecognitionDates | null {
  const basis = period.ceremonyDate ? { kind: 'ceremony' as const, date: period.ceremonyDate } : { kind: 'decision' as const, date: period.admissionDecisionDate };
  const schedule = scheduleOrNull(basis.date);
  if (!schedule) return null;
  const { probation, consideration } = schedule.sources;
  return {
    basis,
    dueDate: schedule.dueDate,
    considerBy: schedule.considerBy,
    considerByNote: schedule.considerByNote,
    probationRule: { ...ruleOf(PROBATION_LENGTH, PROBATION_START_SOURCE), note: `${PROBATION_START_SOURCE.note} ${schedule.probationMonths} tháng (${probation.document}).` },
    considerationRule: ruleOf(RECOGNITION_CONSIDERATION_DEADLINE, consideration),
  };
}

function scheduleOrNull(probationStart: string): RecognitionSchedule | null {
  try {
    return recognitionSchedule(probationStart, workingDays());
  } catch (error) {
    if (error instanceof RuleNotInForceError) return null;
    throw error;
  }
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
