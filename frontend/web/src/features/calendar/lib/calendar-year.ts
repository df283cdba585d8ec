/** The years the calendar page offers (its year picker). */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2030;

/**
 * The year the page shows: `?year=` when it is one the picker offers, else this year (kept within the
 * offered range). A hand-typed `?year=abc` or `?year=1999` shows a year, not a refused request.
 */
export function calendarYearOf(param: string | null, thisYear: number): number {
  const asked = Number(param ?? Number.NaN);
  if (Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR) return asked;
  return Math.min(Math.max(thisYear, FIRST_YEAR), LAST_YEAR);
}
