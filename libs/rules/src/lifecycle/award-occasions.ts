import { addYears, localDate, type LocalDate, parseLocalDate, partsOf } from '../local-date/local-date';
import { BADGE_RULES } from '../member-rules/badge.rules';

export interface AwardOccasion {
  date: LocalDate;
  name: string;
}

/** The badge award occasions of a year (3/2, 19/5, 2/9, 7/11 under the rules in force on each date). */
export function awardOccasionsOf(year: number): AwardOccasion[] {
  const rules = BADGE_RULES.valueAt(localDate(year, 12, 31));
  return rules.occasions
    .map((o) => ({ date: localDate(year, o.month, o.day), name: o.name }))
    .filter((o) => BADGE_RULES.versionAt(o.date) !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The first award occasion on or after `date`. */
export function nextAwardOccasion(date: LocalDate): AwardOccasion {
  const from = parseLocalDate(date);
  const { year } = partsOf(from);
  for (const y of [year, year + 1]) {
    const found = awardOccasionsOf(y).find((o) => o.date >= from);
    if (found) return found;
  }
  throw new Error(`no award occasion within a year of ${from} (${addYears(from, 1)})`);
}
