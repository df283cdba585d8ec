import dayjs from 'dayjs';
import type { BadgeCircumstancesRule, DisciplineForm } from '../api/badge-circumstances-api';

/**
 * What the rule the API answered makes of a decision not yet recorded: how many months it holds the
 * badge and until when (the API computes the same once it is recorded). A month later on a shorter
 * month ends on its last day, as the rule library counts.
 */
export function disciplineDelay(rule: BadgeCircumstancesRule | undefined, form: DisciplineForm | undefined, decidedOn: string | undefined): { months: number; notBefore: string | null } | undefined {
  if (!rule || !form) return undefined;
  const months = rule.disciplineDelays.find((d) => d.form === form)?.months ?? 0;
  if (!decidedOn || months === 0) return { months, notBefore: null };
  return { months, notBefore: dayjs(decidedOn).add(months, 'month').format('YYYY-MM-DD') };
}
