import { addDays, laterOf } from './party-dates';

describe('party dates', () => {
  it('adds and subtracts calendar days across months, years and leap days', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('picks the later date', () => {
    expect(laterOf('2025-07-01', '2025-06-30')).toBe('2025-07-01');
    expect(laterOf('2025-01-01', '2025-06-30')).toBe('2025-06-30');
  });
});
