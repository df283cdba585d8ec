import { describe, expect, it } from 'vitest';
import { auditQueryOf, nextDay, periodIsReversed, startOfVietnamDay } from './audit-query';

describe('auditQueryOf', () => {
  it('sends only the filters that are set, trimmed', () => {
    expect(auditQueryOf({})).toEqual({});
    expect(auditQueryOf({ actorId: '  ', action: ' orgs. ', targetType: '', targetId: ' 42 ', outcome: 'denied' })).toEqual({
      action: 'orgs.',
      targetId: '42',
      outcome: 'denied',
    });
  });

  it('takes whole Vietnamese days: from the start of the first to the start of the day after the last', () => {
    expect(auditQueryOf({ from: '2026-11-01', to: '2026-11-03' })).toEqual({
      from: '2026-11-01T00:00:00+07:00',
      to: '2026-11-04T00:00:00+07:00',
    });
    // 01/11 00:00 in Hà Nội is 31/10 17:00 UTC.
    expect(new Date(startOfVietnamDay('2026-11-01')).toISOString()).toBe('2026-10-31T17:00:00.000Z');
  });

  it('crosses months, years and 29 February', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
  });

  it('refuses what is not a party date instead of sending it', () => {
    expect(() => startOfVietnamDay('01/11/2026')).toThrow();
  });

  it('knows a reversed period', () => {
    expect(periodIsReversed('2026-11-03', '2026-11-01')).toBe(true);
    expect(periodIsReversed('2026-11-01', '2026-11-01')).toBe(false);
    expect(periodIsReversed(undefined, '2026-11-01')).toBe(false);
  });
});
