import {
  addDays,
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
// to the as-of date. Overlapping periods are counted once (their union). The days deducted push the start
// forward: age on D = whole calendar months from (admission + deducted days before D) to D. A member
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
  /** Days deducted between the admission decision and the as-of date (overlaps counted once). */
  deductedDays: number;
}

/** Union of the periods clipped to [start, end), in days. */
export function deductedDaysWithin(periods: readonly DeductedPeriod[], start: LocalDate, end: LocalDate): number {
  const clipped = periods
    .map((p) => {
      const from = parseLocalDate(p.from);
      const to = p.to === undefined ? end : parseLocalDate(p.to);
      if (to < from) throw new RangeError(`deducted period ends (${to}) before it starts (${from})`);
      return { from: maxDate(from, start), to: minDate(to, end) };
    })
    .filter((p) => p.from < p.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  let days = 0;
  let cursor: LocalDate | undefined;
  for (const p of clipped) {
    const from = cursor && cursor > p.from ? cursor : p.from;
    if (from < p.to) days += daysBetween(from, p.to);
    cursor = cursor && cursor > p.to ? cursor : p.to;
  }
  return days;
}

export function partyAge(admissionDecisionDate: LocalDate, periods: readonly DeductedPeriod[], asOf: LocalDate): PartyAge {
  const admitted = parseLocalDate(admissionDecisionDate);
  const on = parseLocalDate(asOf);
  if (on < admitted) return { years: 0, months: 0, totalMonths: 0, deductedDays: 0 };
  const deductedDays = deductedDaysWithin(periods, admitted, on);
  const totalMonths = wholeMonthsBetween(addDays(admitted, deductedDays), on);
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12, totalMonths, deductedDays };
}

/**
 * The first date on which party age reaches `years` full years, assuming no deducted period other than
 * those given. Least fixed point of D = (admission + deducted days before D) + years; it exists because
 * the deducted days only grow with D. Open periods never end, so a member still outside never reaches it:
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
    const next = addYears(addDays(admitted, deductedDaysWithin(periods, admitted, reach)), years);
    if (next <= reach) return reach;
    reach = next;
  }
  throw new Error('party age milestone did not converge');
}
