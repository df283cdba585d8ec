import { addMonths, type LocalDate, maxDate, parseLocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { BADGE_RULES, type BadgeRules, type DisciplineForm } from '../member-rules/badge.rules';
import { nextAwardOccasion } from './award-occasions';
import { dateReachingPartyAge, type DeductedPeriod } from './party-age';

// Who receives which badge at an award occasion (members.md §4.6). A member reaching milestone M on or
// before the occasion receives it; a seriously ill member up to 12 months early (24 for 70–90 years); a
// member who died up to 12 months before reaching it, posthumously; a warning (cảnh cáo) delays the award
// 6 months after the decision, removal from post (cách chức) 12 months. When several milestones are
// reached and not awarded, the highest is proposed (the lower ones are listed as missed).

export interface BadgeCandidate {
  admissionDecisionDate: LocalDate;
  deductedPeriods: readonly DeductedPeriod[];
  /** Milestones already awarded (years). */
  awardedMilestones: readonly number[];
  disciplines: readonly { form: DisciplineForm; decidedOn: LocalDate }[];
  seriouslyIll?: boolean;
  diedOn?: LocalDate;
}

export type AwardBasis = 'regular' | 'early-serious-illness' | 'posthumous';

export type BadgeDecision =
  | { status: 'eligible'; milestone: number; reachDate: LocalDate; basis: AwardBasis; missed: number[]; source: RuleSource }
  | {
      status: 'delayed';
      milestone: number;
      reachDate: LocalDate;
      basis: AwardBasis;
      /** The award may not be made before this date; the occasion to propose it at is `nextOccasion`. */
      notBefore: LocalDate;
      nextOccasion: LocalDate;
      source: RuleSource;
    }
  | { status: 'not-yet'; nextMilestone?: number; nextReachDate?: LocalDate; source: RuleSource }
  | { status: 'ineligible'; reason: 'outside-party' | 'expelled'; source: RuleSource };

export function badgeDecisionAt(candidate: BadgeCandidate, occasionDate: LocalDate): BadgeDecision {
  const occasion = parseLocalDate(occasionDate);
  const version = BADGE_RULES.requireAt(occasion);
  const rules = version.value;
  const source = version.source;
  if (isExpelled(candidate, occasion)) return { status: 'ineligible', reason: 'expelled', source };
  const outside = candidate.deductedPeriods.some((p) => p.from <= occasion && (p.to === undefined || p.to > occasion));
  if (outside) return { status: 'ineligible', reason: 'outside-party', source };

  const done = Math.max(0, ...candidate.awardedMilestones);
  const open = rules.milestones.filter((m) => m > done);
  const closed = candidate.deductedPeriods.filter((p) => p.to !== undefined);
  const died = candidate.diedOn !== undefined && parseLocalDate(candidate.diedOn) <= occasion ? candidate.diedOn : undefined;

  // Reach dates grow with the milestone: stop at the first one past every window (the widest is 24 months).
  const horizon = addMonths(died ?? occasion, died ? rules.posthumousMonthsEarly : 24);
  const reached: { milestone: number; reachDate: LocalDate; basis: AwardBasis }[] = [];
  for (const milestone of open) {
    const reachDate = dateReachingPartyAge(candidate.admissionDecisionDate, closed, milestone)!;
    if (reachDate > horizon) break;
    const basis = basisFor(milestone, reachDate, occasion, rules, candidate, died);
    if (basis) reached.push({ milestone, reachDate, basis });
  }

  const best = reached[reached.length - 1];
  if (!best) {
    const next = open[0];
    if (next === undefined || died) return { status: 'not-yet', source };
    return {
      status: 'not-yet',
      nextMilestone: next,
      nextReachDate: dateReachingPartyAge(candidate.admissionDecisionDate, closed, next)!,
      source,
    };
  }
  const notBefore = disciplineBlocksUntil(candidate, occasion, rules);
  if (notBefore && notBefore > occasion) {
    return { status: 'delayed', ...best, notBefore, nextOccasion: nextAwardOccasion(notBefore).date, source };
  }
  return { status: 'eligible', ...best, missed: reached.slice(0, -1).map((r) => r.milestone), source };
}

function basisFor(
  milestone: number,
  reachDate: LocalDate,
  occasion: LocalDate,
  rules: BadgeRules,
  candidate: BadgeCandidate,
  died: LocalDate | undefined,
): AwardBasis | undefined {
  if (died) return reachDate <= addMonths(died, rules.posthumousMonthsEarly) ? 'posthumous' : undefined;
  if (reachDate <= occasion) return 'regular';
  if (!candidate.seriouslyIll) return undefined;
  const band = rules.earlyForSeriousIllness.find((b) => milestone >= b.fromYears && milestone <= b.toYears);
  return band && reachDate <= addMonths(occasion, band.monthsEarly) ? 'early-serious-illness' : undefined;
}

/** The latest end of a discipline delay among decisions made on or before the occasion. */
function disciplineBlocksUntil(candidate: BadgeCandidate, occasion: LocalDate, rules: BadgeRules): LocalDate | undefined {
  let until: LocalDate | undefined;
  for (const d of candidate.disciplines) {
    const decided = parseLocalDate(d.decidedOn);
    const months = rules.disciplineDelayMonths[d.form];
    if (decided > occasion || !months) continue;
    const end = addMonths(decided, months);
    until = until ? maxDate(until, end) : end;
  }
  return until;
}

/** Expelled on or before the occasion and not readmitted since (no deducted period from then that ended). */
function isExpelled(candidate: BadgeCandidate, occasion: LocalDate): boolean {
  return candidate.disciplines.some(
    (d) =>
      d.form === 'khai-tru' &&
      d.decidedOn <= occasion &&
      !candidate.deductedPeriods.some((p) => p.from >= d.decidedOn && p.to !== undefined && p.to <= occasion),
  );
}
