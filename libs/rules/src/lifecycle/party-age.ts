import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  type LocalDate,
  maxDate,
  minDate,
  parseLocalDate,
  wholeMonthsBetween,
} from '../local-date/local-date';

// Party age (tuổi đảng), members.md §4.2: counted from the date of the admission decision (not the
// ceremony), minus the periods outside the Party — expulsion, removal, lost contact, transfer gaps.
//
// Model: a deducted period is half-open [from, to): `from` is the first day outside, `to` the first day
// back (readmission, restored contact, arrival at the new organisation); an open period (no `to`) runs on
// to the as-of date. Overlapping periods are counted once (their union). Each stretch of the union is
// measured as officers do, in calendar months plus leftover days (01/01/2020 → 01/01/2026 is 72 months,
// not 2,192 days), and the total pushes the start forward: age on D = whole calendar months from
// (admission + deducted months + deducted days) to D. Counting in days alone would make 10 years in the
// Party read 9 years 11 months whenever the gap held more 29 Februaries than the time served. A member
// wrongly expelled and rehabilitated simply has no deducted period for it.

export type DeductionReason = 'khai-tru' | 'xoa-ten' | 'mat-lien-lac' | 'gian-doan-chuyen-sinh-hoat' | 'khac';

export interface DeductedPeriod {
  from: LocalDate;
  /** First day back; absent = still out. */
  to?: LocalDate;
  reason: DeductionReason;
}

export interface PartyAge {
  years: number;
  months: number;
  /** Total whole months (years × 12 + months). */
  totalMonths: number;
  /** Time deducted between the admission decision and the as-of date (overlaps counted once). */
  deducted: DeductedTime;
}

export interface DeductedTime {
  months: number;
  days: number;
  /** The same stretch in plain days, for display and checks. */
  totalDays: number;
}

/** The union of the periods clipped to [start, end), as calendar months + days per stretch. */
export function deductedTimeWithin(periods: readonly DeductedPeriod[], start: LocalDate, end: LocalDate): DeductedTime {
  const total: DeductedTime = { months: 0, days: 0, totalDays: 0 };
  for (const stretch of unionWithin(periods, start, end)) {
    const months = wholeMonthsBetween(stretch.from, stretch.to);
    total.months += months;
    total.days += daysBetween(addMonths(stretch.from, months), stretch.to);
    total.totalDays += daysBetween(stretch.from, stretch.to);
  }
  return total;
}

function unionWithin(periods: readonly DeductedPeriod[], start: LocalDate, end: LocalDate): { from: LocalDate; to: LocalDate }[] {
  const clipped = periods
    .map((p) => {
      const from = parseLocalDate(p.from);
      const to = p.to === undefined ? end : parseLocalDate(p.to);
      if (to < from) throw new RangeError(`deducted period ends (${to}) before it starts (${from})`);
      return { from: maxDate(from, start), to: minDate(to, end) };
    })
    .filter((p) => p.from < p.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  const union: { from: LocalDate; to: LocalDate }[] = [];
  for (const p of clipped) {
    const last = union[union.length - 1];
    if (last && p.from <= last.to) last.to = maxDate(last.to, p.to);
    else union.push({ ...p });
  }
  return union;
}

function shift(date: LocalDate, by: DeductedTime): LocalDate {
  return addDays(addMonths(date, by.months), by.days);
}

export function partyAge(admissionDecisionDate: LocalDate, periods: readonly DeductedPeriod[], asOf: LocalDate): PartyAge {
  const admitted = parseLocalDate(admissionDecisionDate);
  const on = parseLocalDate(asOf);
  const none = { months: 0, days: 0, totalDays: 0 };
  if (on < admitted) return { years: 0, months: 0, totalMonths: 0, deducted: none };
  const deducted = deductedTimeWithin(periods, admitted, on);
  const totalMonths = wholeMonthsBetween(shift(admitted, deducted), on);
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12, totalMonths, deducted };
}

/**
 * The first date on which party age reaches `years` full years, assuming no deducted period other than
 * those given: the fixed point of D = (admission + time deducted before D) + years, reached from below
 * (the deducted time only grows with D, so the iteration climbs to the first such date). Open periods never end, so a member still outside never reaches it:
 * returns undefined.
 */
export function dateReachingPartyAge(
  admissionDecisionDate: LocalDate,
  periods: readonly DeductedPeriod[],
  years: number,
): LocalDate | undefined {
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`years must be a whole number ≥ 0: ${years}`);
  const admitted = parseLocalDate(admissionDecisionDate);
  if (periods.some((p) => p.to === undefined)) return undefined;
  let reach = addYears(admitted, years);
  for (let i = 0; i < 1000; i += 1) {
    const next = addYears(shift(admitted, deductedTimeWithin(periods, admitted, reach)), years);
    if (next <= reach) return reach;
    reach = next;
  }
  throw new Error('party age milestone did not converge');
}
