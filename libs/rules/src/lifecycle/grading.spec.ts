import { type GradingLevel } from '../member-rules/grading.rules';
import { RuleNotInForceError } from '../rule-table/rule-table';
import { checkExcellentCap, type GradedMember, levelForScore } from './grading';

const ON = '2025-12-31';

describe('levelForScore (366-QĐ/TW bands)', () => {
  it.each<[number, GradingLevel]>([
    [100, 'hoan-thanh-xuat-sac'],
    [90, 'hoan-thanh-xuat-sac'],
    [89.99, 'hoan-thanh-tot'],
    [70, 'hoan-thanh-tot'],
    [69.5, 'hoan-thanh'],
    [50, 'hoan-thanh'],
    [49.99, 'khong-hoan-thanh'],
    [0, 'khong-hoan-thanh'],
  ])('%d points → %s', (score, level) => {
    expect(levelForScore(score, ON).level).toBe(level);
  });

  it.each([-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (score) => {
    expect(() => levelForScore(score, ON)).toThrow(RangeError);
  });

  it('has no point bands before 366-QĐ/TW', () => {
    expect(() => levelForScore(95, '2024-12-31')).toThrow(RuleNotInForceError);
    expect(levelForScore(95, '2025-08-30').source.document).toMatch(/366-QĐ\/TW/);
  });
});

describe('checkExcellentCap', () => {
  const group = (excellent: number, good: number, others = 0, exemptExcellent = 0): GradedMember[] => [
    ...Array.from({ length: excellent }, () => ({ level: 'hoan-thanh-xuat-sac' as const })),
    ...Array.from({ length: good }, () => ({ level: 'hoan-thanh-tot' as const })),
    ...Array.from({ length: others }, () => ({ level: 'hoan-thanh' as const })),
    ...Array.from({ length: exemptExcellent }, () => ({ level: 'hoan-thanh-xuat-sac' as const, exempt: true })),
  ];

  it('allows exactly 20% of those graded tốt or better', () => {
    expect(checkExcellentCap(group(4, 16, 5), ON)).toMatchObject({ graded: 25, excellent: 4, base: 20, maxExcellent: 4, withinCap: true });
    expect(checkExcellentCap(group(5, 15), ON)).toMatchObject({ maxExcellent: 4, withinCap: false });
  });

  it('rounds down: a small group may have none', () => {
    expect(checkExcellentCap(group(1, 4), ON)).toMatchObject({ base: 5, maxExcellent: 1, withinCap: true });
    expect(checkExcellentCap(group(1, 3), ON)).toMatchObject({ base: 4, maxExcellent: 0, withinCap: false });
    expect(checkExcellentCap(group(0, 3), ON)).toMatchObject({ withinCap: true });
    expect(checkExcellentCap([], ON)).toMatchObject({ graded: 0, maxExcellent: 0, withinCap: true });
  });

  it('leaves exempt members out of every count', () => {
    expect(checkExcellentCap(group(4, 16, 0, 3), ON)).toMatchObject({ graded: 20, excellent: 4, withinCap: true });
  });

  it('uses the 124-QĐ/TW cap for earlier years', () => {
    expect(checkExcellentCap(group(2, 8), '2024-12-31').source.document).toMatch(/124-QĐ\/TW/);
    expect(() => checkExcellentCap(group(2, 8), '2023-10-03')).toThrow(RuleNotInForceError);
  });
});
