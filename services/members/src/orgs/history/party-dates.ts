const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus `days` (negative: minus), by the calendar (no time zone: party dates are days). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}
