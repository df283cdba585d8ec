import { dayOfWeek, displayDate, fromDayNumber, isLocalDate, type LocalDate, toDayNumber } from '../local-date/local-date';
import { type CalendarData, type CalendarDay } from './calendar-data';

// Working-day arithmetic over CalendarData. A prefix count of working days over the covered range makes
// every question O(1) or O(log n), so a nightly job can compute deadlines for millions of members.
//
// Counting rule (Bộ luật Dân sự 2015, Articles 147–148, which Party regulations follow where they are
// silent): the day of the event is NOT counted; the period starts on the next day. "Within N working days
// of D" therefore ends on the N-th working day strictly after D, and that day is still in time. Because
// only working days are counted, the last day is always a working day, so Article 148's "a deadline on a
// day off moves to the next working day" never has to be applied separately.

export class CalendarNotCoveredError extends Error {
  readonly code = 'rules.calendar-not-covered';
  constructor(
    readonly date: LocalDate,
    readonly coverage: CalendarData['coverage'],
    what = `no holiday data for ${date}`,
  ) {
    super(`${what}: the calendar covers ${coverage.firstDay} … ${coverage.lastDay}`);
    this.name = 'CalendarNotCoveredError';
  }
}

export class CalendarDataError extends Error {
  readonly code = 'rules.invalid-calendar';
  constructor(message: string) {
    super(`calendar data: ${message}`);
    this.name = 'CalendarDataError';
  }
}

export type DayStatus =
  | { working: true; reason: 'weekday' | 'swapped-working-day'; day?: CalendarDay }
  | { working: false; reason: 'weekend' | 'holiday' | 'extra-day-off'; day?: CalendarDay };

export class WorkingDayCalendar {
  private readonly first: number;
  private readonly last: number;
  private readonly statuses: DayStatus[] = [];
  /** prefix[i] = working days in [first, first + i]. */
  private readonly prefix: Int32Array;

  constructor(readonly data: CalendarData) {
    validateCalendarData(data);
    this.first = toDayNumber(data.coverage.firstDay);
    this.last = toDayNumber(data.coverage.lastDay);
    const byDate = indexDays(data);
    this.prefix = new Int32Array(this.last - this.first + 1);
    let count = 0;
    for (let n = this.first; n <= this.last; n += 1) {
      const status = statusOf(fromDayNumber(n), data, byDate);
      this.statuses.push(status);
      if (status.working) count += 1;
      this.prefix[n - this.first] = count;
    }
  }

  get coverage(): CalendarData['coverage'] {
    return this.data.coverage;
  }

  /** Why `date` is or is not a working day, with the holiday or swap it comes from. */
  statusOf(date: LocalDate): DayStatus {
    return this.statuses[this.indexOf(date)];
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.statusOf(date).working;
  }

  /**
   * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself is never counted.
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
    const i = this.indexOf(date);
    if (n === 0) return date;
    // Working days up to and including index j is prefix[j]; we want the working day j whose count is
    // prefix[i] + n (n > 0), or prefix[i] − (i is working ? 1 : 0) + n + 1 (n < 0).
    const target = n > 0 ? this.prefix[i] + n : this.prefix[i] - (this.statuses[i].working ? 1 : 0) + n + 1;
    if (target < 1 || target > this.prefix[this.prefix.length - 1]) {
      throw new CalendarNotCoveredError(date, this.coverage, `${n} working days from ${date} leave the covered range`);
    }
    return fromDayNumber(this.first + this.firstIndexWithCount(target));
  }

  /** Working days in (from, to] — from excluded, to included; negative when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const a = this.indexOf(from);
    const b = this.indexOf(to);
    return this.prefix[b] - this.prefix[a];
  }

  /** Last day to act "within N working days of `eventDate`" (the event day not counted; see above). */
  deadline(eventDate: LocalDate, workingDays: number): LocalDate {
    if (!Number.isInteger(workingDays) || workingDays < 1) {
      throw new RangeError(`a deadline needs a positive whole number of working days: ${workingDays}`);
    }
    return this.addWorkingDays(eventDate, workingDays);
  }

  /** True when `actedOn` is after the deadline of N working days from `eventDate`. */
  isLate(eventDate: LocalDate, workingDays: number, actedOn: LocalDate): boolean {
    return actedOn > this.deadline(eventDate, workingDays);
  }

  private indexOf(date: LocalDate): number {
    if (!isLocalDate(date)) throw new CalendarDataError(`not a YYYY-MM-DD date: ${String(date)}`);
    const n = toDayNumber(date);
    if (n < this.first || n > this.last) throw new CalendarNotCoveredError(date, this.coverage);
    return n - this.first;
  }

  /** Smallest index whose prefix count equals `target` (it is a working day by construction). */
  private firstIndexWithCount(target: number): number {
    let lo = 0;
    let hi = this.prefix.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.prefix[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

type DayIndex = Map<LocalDate, { kind: 'holiday' | 'extra-day-off' | 'swapped-working-day'; day: CalendarDay }>;

function indexDays(data: CalendarData): DayIndex {
  const index: DayIndex = new Map();
  const put = (kind: 'holiday' | 'extra-day-off' | 'swapped-working-day', day: CalendarDay) => {
    const existing = index.get(day.date);
    if (existing) throw new CalendarDataError(`${displayDate(day.date)} is listed twice (${existing.day.name}; ${day.name})`);
    index.set(day.date, { kind, day });
  };
  data.holidays.forEach((d) => put('holiday', d));
  data.extraDaysOff.forEach((d) => put('extra-day-off', d));
  data.swappedWorkingDays.forEach((d) => put('swapped-working-day', d));
  return index;
}

function statusOf(date: LocalDate, data: CalendarData, index: DayIndex): DayStatus {
  const entry = index.get(date);
  if (entry?.kind === 'swapped-working-day') return { working: true, reason: 'swapped-working-day', day: entry.day };
  if (entry) return { working: false, reason: entry.kind, day: entry.day };
  if (data.weekendDays.includes(dayOfWeek(date))) return { working: false, reason: 'weekend' };
  return { working: true, reason: 'weekday' };
}

/** Rejects data that cannot be right: bad dates, days outside coverage, a swap that is not a weekend. */
export function validateCalendarData(data: CalendarData): void {
  const { firstDay, lastDay } = data.coverage;
  if (!isLocalDate(firstDay) || !isLocalDate(lastDay) || lastDay < firstDay) {
    throw new CalendarDataError(`bad coverage ${firstDay} … ${lastDay}`);
  }
  const all = [...data.holidays, ...data.extraDaysOff, ...data.swappedWorkingDays];
  for (const day of all) {
    if (!isLocalDate(day.date)) throw new CalendarDataError(`bad date ${String(day.date)} (${day.name})`);
    if (day.date < firstDay || day.date > lastDay) throw new CalendarDataError(`${displayDate(day.date)} is outside the coverage`);
    if (!day.name?.trim() || !day.source?.document?.trim()) throw new CalendarDataError(`${displayDate(day.date)} needs a name and a source`);
  }
  for (const day of data.swappedWorkingDays) {
    if (!data.weekendDays.includes(dayOfWeek(day.date))) {
      throw new CalendarDataError(`swapped working day ${displayDate(day.date)} is not a weekend day`);
    }
  }
  for (const day of data.extraDaysOff) {
    if (data.weekendDays.includes(dayOfWeek(day.date))) {
      throw new CalendarDataError(`extra day off ${displayDate(day.date)} falls on a weekend`);
    }
  }
  indexDays(data);
}
