import { hungKingsDay, lunarToSolar, tetDate } from './lunar-calendar';
import { VIETNAM_CALENDAR } from './vietnam-calendar.data';

describe('lunar calendar (UTC+7)', () => {
  it.each([
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2030, '2030-02-02', '2030-04-12'], // a day before the Chinese new year
  ])('%i: Tết %s, Giỗ Tổ %s', (year, tet, gioTo) => {
    expect(tetDate(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(gioTo);
  });

  it('handles the leap month of 2023 (tháng 2 nhuận): tháng Chạp Quý Mão starts 11/01/2024', () => {
    expect(lunarToSolar(1, 12, 2023)).toBe('2024-01-11');
  });

  it('agrees with every Tết and Giỗ Tổ entered in the calendar data', () => {
    for (let year = 2024; year <= 2030; year += 1) {
      const named = (fragment: string) =>
        VIETNAM_CALENDAR.holidays.find((h) => h.date.startsWith(String(year)) && h.name.includes(fragment))?.date;
      expect(named('(mùng 1)')).toBe(tetDate(year));
      expect(named('Giỗ Tổ')).toBe(hungKingsDay(year));
    }
  });

  it('rejects impossible lunar dates', () => {
    expect(() => lunarToSolar(31, 1, 2026)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2026)).toThrow(RangeError);
  });
});
