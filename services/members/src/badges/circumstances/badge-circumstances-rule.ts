import { BADGE_DISCIPLINE_FORMS, type BadgeCircumstancesRuleDto, type MemberDisciplineDto } from '@lienthong/contracts';
import { addMonths, BADGE_RULES, type BadgeRules } from '@lienthong/rules';
import { partyToday } from '../../orgs/org-kind-rules';
import { sourceDto } from '../badge-evaluation';

/** A recorded discipline decision, before the badge rule reads it. */
export type DisciplineRecord = Omit<MemberDisciplineDto, 'badgeDelayMonths' | 'badgeNotBefore'>;

/**
 * The badge rule in force today, which the coming award occasions apply (Hướng dẫn 01-HD/TW; 29-QĐ/TW
 * điểm 27.3): the delay of each discipline form and the early-award bands for a serious illness.
 */
export function badgeCircumstancesRule(today: string = partyToday()): { rules: BadgeRules; dto: BadgeCircumstancesRuleDto } {
  const version = BADGE_RULES.requireAt(today);
  const rules = version.value;
  return {
    rules,
    dto: {
      source: sourceDto(version.source),
      disciplineDelays: BADGE_DISCIPLINE_FORMS.map((form) => ({ form, months: rules.disciplineDelayMonths[form] ?? 0 })),
      earlyForSeriousIllness: rules.earlyForSeriousIllness.map((b) => ({ fromYears: b.fromYears, toYears: b.toYears, monthsEarly: b.monthsEarly })),
    },
  };
}

/** A decision with the delay it causes: the badge waits `months` after it (none for a reprimand). */
export function withBadgeDelay(d: DisciplineRecord, rules: BadgeRules): MemberDisciplineDto {
  const months = rules.disciplineDelayMonths[d.form as keyof BadgeRules['disciplineDelayMonths']] ?? 0;
  return { ...d, badgeDelayMonths: months, badgeNotBefore: months > 0 ? addMonths(d.decidedOn, months) : null };
}
