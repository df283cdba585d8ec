import { addMonths, type LocalDate, parseLocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { type RuleTable } from '../rule-table/rule-table';
import { deadlineOrNote } from '../calendar/deadline-or-note';
import { type WorkingDayCalendar } from '../calendar/working-day-calendar';
import {
  PROBATION_LENGTH,
  RECOGNITION_CONSIDERATION_DEADLINE,
  RECOGNITION_VOTING,
  type WorkingDaysRule,
} from '../member-rules/admission.rules';

// Probation and official recognition (members.md §4.1). Probation runs from the admission CEREMONY
// (Điều lệ Đảng Điều 5.1: "tính từ ngày chi bộ tổ chức lễ kết nạp"); party age, by contrast, counts
// from the decision (§4.2). Before a ceremony is recorded, callers pass the decision date and mark the
// result as an estimate. "12 months" ends on the same day-of-month 12 months later, or that month's
// last day (29/02/2024 → 28/02/2025) — Bộ luật Dân sự 2015 Article 148; see addMonths.

/** The tables a schedule is read from; a parameter only so that a test can place a version boundary. */
export interface RecognitionRules {
  probation: RuleTable<{ months: number }>;
  consideration: RuleTable<WorkingDaysRule>;
}

export const RECOGNITION_RULES: RecognitionRules = { probation: PROBATION_LENGTH, consideration: RECOGNITION_CONSIDERATION_DEADLINE };

export type RecognitionSchedule = {
  /** The ceremony, or the decision while no ceremony is recorded (then every date is an estimate). */
  probationStart: LocalDate;
  /** Length of probation under the version in force on `probationStart`. */
  probationMonths: number;
  /** Probation ends and the member is official from this date if recognised, however late the approval. */
  dueDate: LocalDate;
  sources: { probation: RuleSource; consideration: RuleSource };
} & (
  | {
      /** Last day for the chi bộ to consider recognition (N working days after dueDate, dueDate not counted). */
      considerBy: LocalDate;
      considerByNote: null;
    }
  | {
      /** The calendar has no holiday data for the span: no date, and a note saying so (dates dd/mm/yyyy). */
      considerBy: null;
      considerByNote: string;
    }
);

/**
 * The one computation of the recognition dates (the lifecycle screen and actions, the due-items job).
 * Throws RuleNotInForceError when no probation rule was in force when probation started, or no
 * consideration deadline when it ended (records from before the encoded rules: a person enters the
 * official date); a calendar that does not cover the consideration span is not an error but a note.
 */
export function recognitionSchedule(
  probationStart: LocalDate,
  calendar: WorkingDayCalendar,
  rules: RecognitionRules = RECOGNITION_RULES,
): RecognitionSchedule {
  const started = parseLocalDate(probationStart);
  // The length is the one in force when probation STARTS — the ceremony — not at the admission decision:
  // Điều lệ Đảng 2011 Điều 5 khoản 1 counts the probation "từ ngày chi bộ tổ chức lễ kết nạp", so the
  // period a member serves begins under the rule in force that day (docs/rules.md: a rule is looked up
  // by the date of the event it governs). members.md names no transitional rule for a decision under one
  // Statute and a ceremony under the next; the decision date is used only while it stands in for the
  // ceremony.
  const probation = rules.probation.requireAt(started);
  const dueDate = addMonths(started, probation.value.months);
  // The consideration deadline governs what happens when probation ends: looked up on the due date.
  const consideration = rules.consideration.requireAt(dueDate);
  const considerBy = deadlineOrNote(calendar, dueDate, consideration.value.workingDays);
  const base = {
    probationStart: started,
    probationMonths: probation.value.months,
    dueDate,
    sources: { probation: probation.source, consideration: consideration.source },
  };
  return considerBy.date === null
    ? { ...base, considerBy: null, considerByNote: considerBy.note }
    : { ...base, considerBy: considerBy.date, considerByNote: null };
}

export interface RecognitionOutcome {
  /** The recognition date written on the record: always the due date. */
  officialFrom: LocalDate;
  /** The chi bộ considered it after the working-day deadline (to be explained upwards); false when not computable. */
  consideredLate: boolean;
}

/**
 * A member recognised on `approvedOn` (any date on or after probation ends) is official from the due
 * date, not from the approval (members.md: "official on the exact date the 12 months end, even if the
 * meeting or approval is late").
 */
export function recognitionOutcome(schedule: RecognitionSchedule, consideredOn: LocalDate): RecognitionOutcome {
  const considered = parseLocalDate(consideredOn);
  if (considered < schedule.dueDate) {
    throw new RangeError(`recognition considered on ${considered}, before probation ends on ${schedule.dueDate}`);
  }
  return { officialFrom: schedule.dueDate, consideredLate: schedule.considerBy !== null && considered > schedule.considerBy };
}

export type RecognitionVoteState = 'recognised' | 'vote-again' | 'escalate';

export interface RecognitionVote {
  inFavour: number;
  /** Official members of the chi bộ (or committee members, when the committee votes). */
  eligible: number;
}

/** Where a series of recognition votes stands: passes at ≥ 2/3; after 3 failed votes it goes up. */
export function recognitionVoteState(votes: readonly RecognitionVote[], on: LocalDate): RecognitionVoteState {
  const rule = RECOGNITION_VOTING.valueAt(on);
  for (const vote of votes) {
    if (!Number.isInteger(vote.inFavour) || !Number.isInteger(vote.eligible) || vote.eligible < 1) {
      throw new RangeError('a vote needs whole counts and at least one eligible voter');
    }
    if (vote.inFavour < 0 || vote.inFavour > vote.eligible) throw new RangeError('votes in favour must be 0 … eligible');
  }
  if (votes.some((v) => v.inFavour * rule.requiredDenominator >= v.eligible * rule.requiredNumerator)) return 'recognised';
  return votes.length >= rule.maxVotes ? 'escalate' : 'vote-again';
}
