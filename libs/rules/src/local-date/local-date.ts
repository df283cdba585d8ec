// Calendar dates without a time or a zone. Every rule in this library is about days ("within 30 working
// days", "12 months after the decision"), so dates are plain `YYYY-MM-DD` strings: they compare with
// `<`, survive JSON and SQL `date` columns unchanged, and cannot shift by a zone offset. Arithmetic goes
// through a day number (days since 1970-01-01, proleptic Gregorian) computed with Date.UTC only.

/** A calendar date as `YYYY-MM-DD` (years 1900–2199). */
export type LocalDate = string;

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export class InvalidLocalDateError extends Error {
  readonly code = 'rules.invalid-date';
  constructor(readonly value: unknown) {
    super(`not a calendar date in YYYY-MM-DD form: ${JSON.stringify(value)}`);
    this.name = 'InvalidLocalDateError';
  }
}

const PATTERN = /^(19\d\d|2[01]\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MS_PER_DAY = 86_400_000;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return Number(d) <= daysInMonth(Number(y), Number(m));
}

/** Returns the value as a LocalDate or throws InvalidLocalDateError (31/02, 2025-2-1, '' …). */
export function parseLocalDate(value: unknown): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function partsOf(date: LocalDate): { year: number; month: number; day: number } {
  const d = parseLocalDate(date);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isInteger(dayNumber)) throw new InvalidLocalDateError(dayNumber);
  const d = new Date(dayNumber * MS_PER_DAY);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay() as DayOfWeek;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Same day-of-month `months` later; when that month is shorter the result is its last day
 * (31/01 + 1 month = 28/02 or 29/02; 29/02/2024 + 12 months = 28/02/2025). This is how a period "of
 * N months" is read in Vietnamese law (Bộ luật Dân sự 2015, Article 148: a period in months ends on the
 * same day of the last month, or on that month's last day when it has no such day).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return localDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Whole months from `from` to `to` under the addMonths rule (0 when `to` is earlier). */
export function wholeMonthsBetween(from: LocalDate, to: LocalDate): number {
  if (to < from) return 0;
  const a = partsOf(from);
  const b = partsOf(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/**
 * `01/07/2025`: a date as written in a sentence a person reads, Vietnamese and English alike
 * (machine-readable fields keep `YYYY-MM-DD`). Anything that is not `YYYY-MM-DD` comes back as it is,
 * so that building an error message never fails on the value it reports.
 */
export function displayDate(date: LocalDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

function pad(n: number, width: number): string {
  if (!Number.isInteger(n) || n < 0) throw new InvalidLocalDateError(n);
  return String(n).padStart(width, '0');
}
