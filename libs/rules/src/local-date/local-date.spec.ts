import {
  addMonths,
  addYears,
  dayOfWeek,
  daysBetween,
  displayDate,
  fromDayNumber,
  InvalidLocalDateError,
  isLocalDate,
  parseLocalDate,
  toDayNumber,
  wholeMonthsBetween,
} from './local-date';

describe('LocalDate', () => {
  it.each(['2025-02-29', '2025-2-01', '2025-13-01', '2025-00-10', '', '2025-01-01T00:00:00Z', '1899-12-31', null, 20250101])(
    'rejects %p',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
      expect(() => parseLocalDate(value)).toThrow(InvalidLocalDateError);
    },
  );

  it('accepts real dates including 29/02 of leap years', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2100-02-29')).toBe(false);
  });

  it('converts to and from day numbers without any time zone', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-02-17'))).toBe('2026-02-17');
    expect(dayOfWeek('2026-02-17')).toBe(2); // Tuesday, mùng 1 Bính Ngọ
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it.each([
    ['2015-07-26', 12, '2016-07-26'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-12-15', 2, '2026-02-15'],
  ])('%s + %i months = %s (last day of a shorter month)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('counts whole months under the same rule', () => {
    expect(wholeMonthsBetween('2024-02-29', '2025-02-27')).toBe(11);
    expect(wholeMonthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(wholeMonthsBetween('2025-03-01', '2025-02-28')).toBe(0);
    expect(addYears('1996-02-29', 30)).toBe('2026-02-28');
  });

  it('writes a date for a sentence as dd/mm/yyyy, and leaves anything else as it is', () => {
    expect(displayDate('2026-11-26')).toBe('26/11/2026');
    expect(displayDate('2025-07-01')).toBe('01/07/2025');
    expect(displayDate('2026-11-26T08:00:00Z')).toBe('2026-11-26T08:00:00Z');
    expect(displayDate('')).toBe('');
  });
});
