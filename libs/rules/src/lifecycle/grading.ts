import { type LocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { EXCELLENT_CAP, GRADING_BANDS, type GradingLevel } from '../member-rules/grading.rules';

// Annual quality grading (members.md §6). Rules are looked up by the campaign's reference date (e.g. the
// last day of the graded year), so a 2024 campaign uses 124-QĐ/TW and a 2025 one 366-QĐ/TW.

/** The level whose 100-point band holds `score` (bands are inclusive at their lower bound). */
export function levelForScore(score: number, on: LocalDate): { level: GradingLevel; source: RuleSource } {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`a grading score is a number from 0 to 100: ${String(score)}`);
  }
  const version = GRADING_BANDS.requireAt(on);
  const band = version.value.find((b) => score >= b.minScore);
  if (!band) throw new Error(`grading bands in force on ${on} do not cover ${score}`);
  return { level: band.level, source: version.source };
}

export interface GradedMember {
  level: GradingLevel;
  /** Exempt from work and activities (miễn công tác và sinh hoạt): not graded, not counted. */
  exempt?: boolean;
}

export interface ExcellentCapCheck {
  /** Members counted in the group (exempt excluded). */
  graded: number;
  excellent: number;
  /** What the percentage is taken of (graded tốt or better). */
  base: number;
  /** Most "hoàn thành xuất sắc" allowed: ⌊base × percent / 100⌋. */
  maxExcellent: number;
  withinCap: boolean;
  source: RuleSource;
}

/** Checks the cap on "hoàn thành xuất sắc" within one group with similar functions. */
export function checkExcellentCap(group: readonly GradedMember[], on: LocalDate): ExcellentCapCheck {
  const version = EXCELLENT_CAP.requireAt(on);
  const graded = group.filter((m) => !m.exempt);
  const excellent = graded.filter((m) => m.level === 'hoan-thanh-xuat-sac').length;
  const good = graded.filter((m) => m.level === 'hoan-thanh-tot').length;
  const base = excellent + good;
  // Integers only: "không vượt quá p%" is excellent × 100 ≤ base × p, so no rounding question arises.
  const maxExcellent = Math.floor((base * version.value.percent) / 100);
  return { graded: graded.length, excellent, base, maxExcellent, withinCap: excellent <= maxExcellent, source: version.source };
}
