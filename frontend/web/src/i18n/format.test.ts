import { describe, expect, it } from 'vitest';
import { formatInstant, formatNumber, formatPartyDate, formatTime, formatVnd, partyToday } from './format';
import { fill } from './messages';

describe('formatting for Vietnamese officers', () => {
  it('writes party dates as dd/mm/yyyy without any time-zone shift', () => {
    expect(formatPartyDate('2026-01-05')).toBe('05/01/2026');
    expect(formatPartyDate(null)).toBe('');
    expect(formatPartyDate('not a date')).toBe('not a date');
  });

  it('shows instants in Viet Nam time (UTC+7) whatever the browser zone', () => {
    expect(formatInstant('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatInstant('2026-03-04T01:02:03Z', true)).toBe('04/03/2026 08:02:03');
    expect(formatTime(new Date('2026-03-04T08:05:00Z'))).toBe('15:05');
    expect(formatInstant('garbage')).toBe('');
  });

  it('groups thousands with dots in Vietnamese and commas in English; VND after the amount', () => {
    expect(formatNumber(5_500_000, 'vi')).toBe('5.500.000');
    expect(formatNumber(5_500_000, 'en')).toBe('5,500,000');
    expect(formatVnd(1_234_567, 'vi')).toBe('1.234.567\u00a0₫');
    expect(formatVnd(0, 'en')).toBe('0\u00a0₫');
  });

  it('knows today in Viet Nam even when UTC is still on the previous day', () => {
    expect(partyToday(new Date('2026-06-30T18:00:00Z'))).toBe('2026-07-01');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Chuyển “{org}” sang “{target}”?', { org: 'A', target: 'B' })).toBe('Chuyển “A” sang “B”?');
    expect(fill('{missing} ở đây', {})).toBe('{missing} ở đây');
  });
});
