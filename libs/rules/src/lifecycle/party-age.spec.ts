import { dateReachingPartyAge, deductedTimeWithin, type DeductedPeriod, partyAge } from './party-age';

describe('partyAge', () => {
  it('counts from the admission decision (members.md example: 26/7/2015)', () => {
    expect(partyAge('2015-07-26', [], '2016-07-26')).toMatchObject({ years: 1, months: 0, deducted: { totalDays: 0 } });
    expect(partyAge('2015-07-26', [], '2016-07-25')).toMatchObject({ years: 0, months: 11 });
    expect(partyAge('2015-07-26', [], '2015-07-01')).toMatchObject({ years: 0, months: 0, totalMonths: 0 });
  });

  const periods: DeductedPeriod[] = [
    { from: '2005-01-01', to: '2006-01-01', reason: 'xoa-ten' },
    { from: '2005-06-01', to: '2006-06-01', reason: 'mat-lien-lac' }, // overlaps the removal
    { from: '2005-03-01', to: '2005-04-01', reason: 'khac' }, // inside both
    { from: '2010-01-01', to: '2010-01-31', reason: 'gian-doan-chuyen-sinh-hoat' },
    { from: '1999-01-01', to: '2000-01-01', reason: 'khac' }, // before admission: ignored
  ];

  it('deducts several overlapping periods once', () => {
    // Union: 01/01/2005 → 01/06/2006 (17 months) + 01/01 → 31/01/2010 (30 days); start moves to 14/09/2001.
    const deducted = { months: 17, days: 30, totalDays: 546 };
    expect(deductedTimeWithin(periods, '2000-03-15', '2026-03-15')).toEqual(deducted);
    expect(partyAge('2000-03-15', periods, '2026-03-15')).toEqual({ years: 24, months: 6, totalMonths: 294, deducted });
    expect(partyAge('2000-03-15', periods, '2026-03-14')).toMatchObject({ years: 24, months: 6 });
    expect(partyAge('2000-03-15', periods, '2026-03-13')).toMatchObject({ years: 24, months: 5 });
  });

  it('clips a period that runs past the as-of date, and an open period runs to it', () => {
    expect(partyAge('2000-03-15', periods, '2005-06-01').deducted).toEqual({ months: 5, days: 0, totalDays: 151 });
    // Ten years in, six years out (two 29 Februaries in the gap): still exactly 10 years, not 9 years 11 months.
    const out: DeductedPeriod[] = [{ from: '2020-01-01', reason: 'mat-lien-lac' }];
    expect(partyAge('2010-01-01', out, '2026-01-01')).toMatchObject({ years: 10, months: 0, deducted: { months: 72, totalDays: 2192 } });
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => partyAge('2000-01-01', [{ from: '2005-01-02', to: '2005-01-01', reason: 'khac' }], '2026-01-01')).toThrow(
      RangeError,
    );
  });
});

describe('dateReachingPartyAge', () => {
  it('pushes the milestone by the deducted days', () => {
    expect(dateReachingPartyAge('2000-03-15', [], 30)).toBe('2030-03-15');
    expect(dateReachingPartyAge('2000-03-15', periods(), 30)).toBe('2031-09-14');
  });

  it('is the first day on which partyAge shows the full years', () => {
    const list = periods();
    const reach = dateReachingPartyAge('2000-03-15', list, 30)!;
    expect(partyAge('2000-03-15', list, reach).years).toBe(30);
    expect(partyAge('2000-03-15', list, '2031-09-13').years).toBe(29);
  });

  it('counts a deducted period that starts after the plain milestone would have been reached', () => {
    // Without deductions 30 years on 01/01/2026; a gap in 2025 (before it) pushes it 10 days.
    expect(dateReachingPartyAge('1996-01-01', [{ from: '2025-03-01', to: '2025-03-11', reason: 'khac' }], 30)).toBe('2026-01-11');
    // A gap after the milestone changes nothing.
    expect(dateReachingPartyAge('1996-01-01', [{ from: '2026-03-01', to: '2026-03-11', reason: 'khac' }], 30)).toBe('2026-01-01');
  });

  it('never reaches it while the member is still outside the Party', () => {
    expect(dateReachingPartyAge('1990-01-01', [{ from: '2020-01-01', reason: 'xoa-ten' }], 40)).toBeUndefined();
  });

  function periods(): DeductedPeriod[] {
    return [
      { from: '2005-01-01', to: '2006-01-01', reason: 'xoa-ten' },
      { from: '2005-06-01', to: '2006-06-01', reason: 'mat-lien-lac' },
      { from: '2010-01-01', to: '2010-01-31', reason: 'gian-doan-chuyen-sinh-hoat' },
    ];
  }
});
