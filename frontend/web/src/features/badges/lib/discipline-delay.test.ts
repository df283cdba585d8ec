import { describe, expect, it } from 'vitest';
import type { BadgeCircumstancesRule } from '../api/badge-circumstances-api';
import { disciplineDelay } from './discipline-delay';

const rule: BadgeCircumstancesRule = {
  source: { document: 'Hướng dẫn 01-HD/TW; Quy định 29-QĐ/TW điểm 27.3' },
  disciplineDelays: [
    { form: 'khien-trach', months: 0 },
    { form: 'canh-cao', months: 6 },
    { form: 'cach-chuc', months: 12 },
  ],
  earlyForSeriousIllness: [],
};

describe('the delay a discipline decision causes, before it is recorded', () => {
  it('holds the badge 6 months after a warning and 12 after removal from post, to the last day of a shorter month', () => {
    expect(disciplineDelay(rule, 'canh-cao', '2026-05-31')).toEqual({ months: 6, notBefore: '2026-11-30' });
    expect(disciplineDelay(rule, 'cach-chuc', '2025-08-20')).toEqual({ months: 12, notBefore: '2026-08-20' });
  });

  it('says a reprimand delays nothing, and waits for a form and the rule', () => {
    expect(disciplineDelay(rule, 'khien-trach', '2026-01-10')).toEqual({ months: 0, notBefore: null });
    expect(disciplineDelay(rule, 'canh-cao', undefined)).toEqual({ months: 6, notBefore: null });
    expect(disciplineDelay(rule, undefined, '2026-01-10')).toBeUndefined();
    expect(disciplineDelay(undefined, 'canh-cao', '2026-01-10')).toBeUndefined();
  });
});
