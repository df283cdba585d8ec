import { describe, expect, it } from 'vitest';
import { calendarYearOf, FIRST_YEAR, LAST_YEAR } from './calendar-year';

describe('calendarYearOf', () => {
  it('takes a year the picker offers', () => {
    expect(calendarYearOf('2027', 2026)).toBe(2027);
  });

  it('without ?year= shows this year, kept within the offered range', () => {
    expect(calendarYearOf(null, 2026)).toBe(2026);
    expect(calendarYearOf(null, 2040)).toBe(LAST_YEAR);
    expect(calendarYearOf(null, 2000)).toBe(FIRST_YEAR);
  });

  it('a hand-typed year that is not a number or not offered falls back to this year', () => {
    for (const bad of ['abc', '', '2026.5', '1999', '2031', '20 26']) expect(calendarYearOf(bad, 2026)).toBe(2026);
  });
});
