import { addDays, addMonths, daysBetween, yearsBetween } from './party-dates';
import { partyAgeSince, ruleInForce, type MemberRecordRule } from './member-record-rules';

describe('party dates', () => {
  it('adds months clamped to the end of the month, across years and leap days', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2015-02-01', 12)).toBe('2016-02-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-25', -18 * 12)).toBe('2007-11-25');
  });

  it('counts whole years of age, the birthday itself included', () => {
    expect(yearsBetween('2007-11-25', '2025-11-25')).toBe(18);
    expect(yearsBetween('2007-11-26', '2025-11-25')).toBe(17);
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('counts and adds days', () => {
    expect(daysBetween('2010-01-10', '2012-01-10')).toBe(730);
    expect(addDays('2005-01-10', 730)).toBe('2007-01-10');
  });
});

describe('record rules', () => {
  const rules: MemberRecordRule[] = [
    { rule: 'card-number', value: '^[0-9]{8}$', effectiveFrom: '2003-01-01', effectiveTo: '2025-09-01', source: 'a' },
    { rule: 'card-number', value: '^[0-9]{12}$', effectiveFrom: '2025-09-02', effectiveTo: null, source: 'b' },
  ];

  it('takes the rule in force on the date, none before the first', () => {
    expect(ruleInForce(rules, 'card-number', '2002-12-31')).toBeUndefined();
    expect(ruleInForce(rules, 'card-number', '2025-09-01')?.source).toBe('a');
    expect(ruleInForce(rules, 'card-number', '2025-09-02')?.source).toBe('b');
  });

  it('counts party age from the first decision plus the time outside the Party', () => {
    expect(partyAgeSince([{ admissionDecisionDate: '2015-07-26' }])).toBe('2015-07-26');
    expect(
      partyAgeSince([
        { admissionDecisionDate: '2005-01-10', endedOn: '2010-01-10' },
        { admissionDecisionDate: '2012-01-10', endedOn: '2013-01-01' },
        { admissionDecisionDate: '2013-01-11' },
      ]),
    ).toBe('2007-01-20');
  });
});
