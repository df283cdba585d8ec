import type { CalendarOverrideDto } from '@lienthong/contracts';
import { dayOfWeek, mergeCalendarData, VIETNAM_CALENDAR, WorkingDayCalendar, type CalendarData, type CalendarOverride } from '@lienthong/rules';

/** The national base data (libs/rules), built once: what applies where no override exists. */
let base: WorkingDayCalendar | undefined;
export function baseCalendar(): WorkingDayCalendar {
  base ??= new WorkingDayCalendar(VIETNAM_CALENDAR);
  return base;
}

/**
 * An override as libs/rules merges it. "Working day" on a Monday–Friday and "day off" on a weekend say
 * what the weekly rule says already: they only clear the base entry (e.g. a base holiday now worked).
 */
export function asRulesOverride(o: CalendarOverrideDto, data: CalendarData = VIETNAM_CALENDAR): CalendarOverride {
  const weekend = data.weekendDays.includes(dayOfWeek(o.date));
  const status = (o.kind === 'working-day' && !weekend) || (o.kind === 'day-off' && weekend) ? 'default' : o.kind;
  return { date: o.date, status, name: o.nameVi, source: { document: o.source }, kind: status === 'day-off' ? 'khac' : undefined };
}

/** True when the base data covers the date (overrides outside it are refused: nothing is computed there). */
export function isCovered(date: string): boolean {
  const { firstDay, lastDay } = VIETNAM_CALENDAR.coverage;
  return date >= firstDay && date <= lastDay;
}

/**
 * VIETNAM_CALENDAR merged with the overrides (no override: the base calendar itself). A row outside the
 * coverage (only a hand-written one can be) is left out rather than stopping every deadline.
 */
export function effectiveCalendar(overrides: readonly CalendarOverrideDto[]): WorkingDayCalendar {
  const days = overrides.filter((o) => isCovered(o.date)).map((o) => asRulesOverride(o));
  if (days.length === 0) return baseCalendar();
  return new WorkingDayCalendar(mergeCalendarData(VIETNAM_CALENDAR, { days }));
}
