import { addMonths, type LocalDate, parseLocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { PROBATION_LENGTH, RECOGNITION_CONSIDERATION_DEADLINE, RECOGNITION_VOTING } from '../member-rules/admission.rules';

// Probation and official recognition (members.md §4.1). Probation runs from the admission CEREMONY
// (Điều lệ Đảng Điều 5.1: "tính từ ngày chi bộ tổ chức lễ kết nạp"); party age, by contrast, counts
// from the decision (§4.2). Before a ceremony is recorded, callers pass the decision date and mark the
// result as an estimate. "12 months" ends on the same day-of-month 12 months later, or that month's
// last day (29/02/2024 → 28/02/2025) — Bộ luật Dân sự 2015 Article 148; see addMonths.

export interface RecognitionSchedule {
  /** Probation ends and the member is official from this date if recognised, however late the approval. */
  dueDate: LocalDate;
  /** Last day for the chi bộ to consider recognition (N working days after dueDate, dueDate not counted). */
  considerBy: LocalDate;
  sources: { probation: RuleSource; consideration: RuleSource };
}

/** `probationStart`: the ceremony date (or, until one is recorded, the decision date as an estimate). */
export function recognitionSchedule(probationStart: LocalDate, calendar: WorkingDayCalendar): RecognitionSchedule {
  const started = parseLocalDate(probationStart);
  const probation = PROBATION_LENGTH.requireAt(started);
  const dueDate = addMonths(started, probation.value.months);
  const consideration = RECOGNITION_CONSIDERATION_DEADLINE.requireAt(dueDate);
  return {
    dueDate,
    considerBy: calendar.deadline(dueDate, consideration.value.workingDays),
    sources: { probation: probation.source, consideration: consideration.source },
  };
}

export interface RecognitionOutcome {
  /** The recognition date written on the record: always the due date. */
  officialFrom: LocalDate;
  /** The chi bộ considered it after the working-day deadline (to be explained upwards). */
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
  return { officialFrom: schedule.dueDate, consideredLate: considered > schedule.considerBy };
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
