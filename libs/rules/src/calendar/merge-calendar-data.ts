import { type LocalDate, maxDate, minDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { type CalendarData, type CalendarDay, type ExtraDayOffKind } from './calendar-data';

// Overrides a service keeps as rows (one per date): a newly announced swap, next year's official Tết, a
// correction. Each override replaces whatever the base data says about that date.

export interface CalendarOverride {
  date: LocalDate;
  /**
   * holiday: a public holiday; day-off: a weekday not worked (nghỉ bù, hoán đổi, other closure);
   * working-day: a weekend day worked (làm bù); default: forget the base entry (weekday/weekend rule).
   */
  status: 'holiday' | 'day-off' | 'working-day' | 'default';
  name: string;
  source: RuleSource;
  /** For day-off; 'khac' when omitted. */
  kind?: ExtraDayOffKind;
}

export interface CalendarOverrides {
  days: readonly CalendarOverride[];
  /** Widen the coverage, e.g. when next year's whole schedule is entered as overrides. */
  coverage?: Partial<CalendarData['coverage']>;
}

export function mergeCalendarData(base: CalendarData, overrides: CalendarOverrides): CalendarData {
  const replaced = new Set(overrides.days.map((d) => d.date));
  if (replaced.size !== overrides.days.length) throw new Error('calendar overrides list a date twice');
  const keep = (day: CalendarDay) => !replaced.has(day.date);
  const asDay = (o: CalendarOverride): CalendarDay => ({ date: o.date, name: o.name, source: o.source });
  return {
    coverage: {
      firstDay: overrides.coverage?.firstDay ? minDate(base.coverage.firstDay, overrides.coverage.firstDay) : base.coverage.firstDay,
      lastDay: overrides.coverage?.lastDay ? maxDate(base.coverage.lastDay, overrides.coverage.lastDay) : base.coverage.lastDay,
    },
    weekendDays: base.weekendDays,
    holidays: [...base.holidays.filter(keep), ...overrides.days.filter((o) => o.status === 'holiday').map(asDay)],
    extraDaysOff: [
      ...base.extraDaysOff.filter(keep),
      ...overrides.days.filter((o) => o.status === 'day-off').map((o) => ({ ...asDay(o), kind: o.kind ?? 'khac' })),
    ],
    swappedWorkingDays: [
      ...base.swappedWorkingDays.filter(keep),
      ...overrides.days.filter((o) => o.status === 'working-day').map(asDay),
    ],
  };
}
