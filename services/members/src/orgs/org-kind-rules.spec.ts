import { isKindAllowed, partyToday, type OrgKindRule } from './org-kind-rules';

const rule = (parentKind: OrgKindRule['parentKind'], childKind: OrgKindRule['childKind'], effectiveFrom: string, effectiveTo: string | null = null): OrgKindRule => ({
  parentKind,
  childKind,
  effectiveFrom,
  effectiveTo,
  source: 'test',
});

describe('org kind rules', () => {
  const rules = [
    rule(null, 'dang-bo-truc-thuoc-tw', '2011-01-19'),
    rule('dang-bo-co-so', 'chi-bo-truc-thuoc', '2011-01-19'),
    rule('dang-bo-cap-tren-co-so', 'dang-bo-co-so', '2011-01-19', '2025-06-30'),
    rule('dang-bo-truc-thuoc-tw', 'dang-bo-co-so', '2025-07-01'),
  ];

  it('allows a pairing the rules list, at the root too', () => {
    expect(isKindAllowed(rules, 'dang-bo-co-so', 'chi-bo-truc-thuoc', '2025-02-03')).toBe(true);
    expect(isKindAllowed(rules, null, 'dang-bo-truc-thuoc-tw', '2025-02-03')).toBe(true);
  });

  it('refuses a pairing the rules do not list, in either direction', () => {
    expect(isKindAllowed(rules, 'chi-bo-truc-thuoc', 'dang-bo-co-so', '2025-02-03')).toBe(false);
    expect(isKindAllowed(rules, null, 'chi-bo-truc-thuoc', '2025-02-03')).toBe(false);
  });

  it('applies a rule only inside its period, both ends inclusive', () => {
    expect(isKindAllowed(rules, 'dang-bo-co-so', 'chi-bo-truc-thuoc', '2011-01-18')).toBe(false);
    expect(isKindAllowed(rules, 'dang-bo-co-so', 'chi-bo-truc-thuoc', '2011-01-19')).toBe(true);
    expect(isKindAllowed(rules, 'dang-bo-cap-tren-co-so', 'dang-bo-co-so', '2025-06-30')).toBe(true);
    expect(isKindAllowed(rules, 'dang-bo-cap-tren-co-so', 'dang-bo-co-so', '2025-07-01')).toBe(false);
    expect(isKindAllowed(rules, 'dang-bo-truc-thuoc-tw', 'dang-bo-co-so', '2025-06-30')).toBe(false);
    expect(isKindAllowed(rules, 'dang-bo-truc-thuoc-tw', 'dang-bo-co-so', '2025-07-01')).toBe(true);
  });

  it('reckons today in Viet Nam (UTC+7)', () => {
    expect(partyToday(new Date('2025-02-02T16:59:59Z'))).toBe('2025-02-02');
    expect(partyToday(new Date('2025-02-02T17:00:00Z'))).toBe('2025-02-03');
  });
});
