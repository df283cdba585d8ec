import { type RuleVersion } from '../rule-table/rule-table';

// The regulations implementing the Party Statute (Điều lệ Đảng) in force one after another. members.md:
// "their deadlines have stayed the same across versions as far as checked (232-QĐ/TW 2025 repeats them)",
// so a rule whose value never changed is written once per regulation with the same value — the version
// still says which regulation a date falls under, which is what a form must cite.

interface StatuteRegulation {
  document: string;
  effectiveFrom: string;
  verifyDate?: boolean;
}

export const STATUTE_REGULATIONS: readonly StatuteRegulation[] = [
  { document: 'Quy định 29-QĐ/TW ngày 25/7/2016', effectiveFrom: '2016-07-25' },
  { document: 'Quy định 24-QĐ/TW ngày 30/7/2021', effectiveFrom: '2021-07-30' },
  // members.md gives only the year; 20/01/2025 is the signing date as remembered, not read in the text.
  { document: 'Quy định 232-QĐ/TW ngày 20/01/2025', effectiveFrom: '2025-01-20', verifyDate: true },
  { document: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025)', effectiveFrom: '2025-07-01' },
];

/**
 * One version per implementing regulation from `since` onwards, all with `value`. `article` is the
 * point in each regulation where members.md found the rule (absent when it was not read there).
 */
export function underEachStatuteRegulation<T>(
  value: T,
  article: (document: string) => string | undefined,
  note: string,
  since = '2016-07-25',
): RuleVersion<T>[] {
  const regs = STATUTE_REGULATIONS.filter((r) => r.effectiveFrom >= since);
  return regs.map((reg, i) => {
    const point = article(reg.document);
    return {
      effectiveFrom: reg.effectiveFrom,
      ...(regs[i + 1] ? { effectiveTo: regs[i + 1].effectiveFrom } : {}),
      source: {
        document: reg.document,
        ...(point ? { article: point } : {}),
        ...(point && !reg.verifyDate ? {} : { verify: true }),
        note,
      },
      value,
    };
  });
}
