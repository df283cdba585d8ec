import { PROBATION_LENGTH, RECOGNITION_CONSIDERATION_DEADLINE } from '../member-rules/admission.rules';
import { BADGE_RULES } from '../member-rules/badge.rules';
import { EXCELLENT_CAP, GRADING_BANDS } from '../member-rules/grading.rules';
import { PARTY_CARD_FORMAT } from '../member-rules/party-card.rules';
import { TRANSFER_START_DEADLINE } from '../member-rules/transfer.rules';
import { RuleNotInForceError, RuleTable, RuleTableError, type RuleVersion } from './rule-table';

const source = { document: 'Quy định thử' };
const v = (effectiveFrom: string, effectiveTo: string | undefined, value: number): RuleVersion<number> => ({
  effectiveFrom,
  ...(effectiveTo ? { effectiveTo } : {}),
  source,
  value,
});

describe('RuleTable', () => {
  const table = new RuleTable('test', [v('2025-07-01', undefined, 3), v('2021-07-30', '2025-07-01', 2)]);

  it('is inclusive at effectiveFrom and exclusive at effectiveTo', () => {
    expect(table.valueAt('2021-07-30')).toBe(2);
    expect(table.valueAt('2025-06-30')).toBe(2);
    expect(table.valueAt('2025-07-01')).toBe(3);
    expect(table.valueAt('2099-12-31')).toBe(3);
    expect(table.current()?.value).toBe(3);
  });

  it('says when no version was in force', () => {
    expect(table.versionAt('2021-07-29')).toBeUndefined();
    expect(() => table.valueAt('2021-07-29')).toThrow(RuleNotInForceError);
    const ended = new RuleTable('ended', [v('2020-01-01', '2021-01-01', 1)]);
    expect(ended.versionAt('2021-01-01')).toBeUndefined();
    expect(ended.current()).toBeUndefined();
  });

  it('allows gaps only when asked and then finds nothing inside them', () => {
    const versions = [v('2020-01-01', '2021-01-01', 1), v('2022-01-01', undefined, 2)];
    expect(() => new RuleTable('gappy', versions)).toThrow(/gap between 2021-01-01 and 2022-01-01/);
    const gappy = new RuleTable('gappy', versions, { allowGaps: true });
    expect(gappy.versionAt('2021-06-01')).toBeUndefined();
    expect(gappy.valueAt('2022-01-01')).toBe(2);
  });

  it.each<[string, RuleVersion<number>[]]>([
    ['no versions', []],
    ['overlapping versions', [v('2020-01-01', '2022-01-01', 1), v('2021-01-01', undefined, 2)]],
    ['an open version followed by another', [v('2020-01-01', undefined, 1), v('2021-01-01', undefined, 2)]],
    ['an end before the start', [v('2020-01-01', '2019-01-01', 1)]],
    ['an empty period', [v('2020-01-01', '2020-01-01', 1)]],
    ['a bad date', [v('2020-02-30', undefined, 1)]],
    ['a version without a source', [{ effectiveFrom: '2020-01-01', source: { document: '' }, value: 1 }]],
  ])('rejects %s', (_label, versions) => {
    expect(() => new RuleTable('bad', versions)).toThrow(RuleTableError);
  });

  it('rejects a lookup date that is not a date', () => {
    expect(() => table.valueAt('30/07/2021')).toThrow(RuleTableError);
  });
});

describe('the encoded member rules', () => {
  it('cite the regulation in force on the date', () => {
    expect(RECOGNITION_CONSIDERATION_DEADLINE.requireAt('2025-06-30').source.document).toMatch(/^Quy định 232-QĐ\/TW/);
    expect(RECOGNITION_CONSIDERATION_DEADLINE.requireAt('2025-07-01').source.document).toMatch(/^Quy định 294-QĐ\/TW/);
    expect(RECOGNITION_CONSIDERATION_DEADLINE.requireAt('2019-01-01').source).toMatchObject({ article: 'điểm 4.2' });
    expect(RECOGNITION_CONSIDERATION_DEADLINE.valueAt('2026-01-01')).toEqual({ workingDays: 30 });
    expect(TRANSFER_START_DEADLINE.valueAt('2025-07-01')).toEqual({ workingDays: 60 });
    expect(() => TRANSFER_START_DEADLINE.valueAt('2025-06-30')).toThrow(RuleNotInForceError);
    expect(PROBATION_LENGTH.valueAt('2025-03-01')).toEqual({ months: 12 });
  });

  it('switch grading rules from 124-QĐ/TW to 366-QĐ/TW on 30/8/2025', () => {
    expect(EXCELLENT_CAP.requireAt('2025-08-29').source.document).toMatch(/124-QĐ\/TW/);
    expect(EXCELLENT_CAP.requireAt('2025-08-30').source.document).toMatch(/366-QĐ\/TW/);
    expect(() => GRADING_BANDS.valueAt('2024-12-31')).toThrow(RuleNotInForceError);
  });

  it('hold the badge milestones and occasions', () => {
    const rules = BADGE_RULES.valueAt('2026-02-03');
    expect(rules.milestones).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
    expect(rules.occasions.map((o) => `${o.day}/${o.month}`)).toEqual(['3/2', '19/5', '2/9', '7/11']);
  });

  it('check the card and history number formats', () => {
    const format = PARTY_CARD_FORMAT.valueAt('2026-01-01');
    expect(format.cardNumber.test('01234567')).toBe(true);
    expect(format.cardNumber.test('1234567')).toBe(false);
    expect(format.historyNumber.test('123456HN')).toBe(true);
    expect(format.historyNumber.test('123456ABCD')).toBe(false);
  });
});
