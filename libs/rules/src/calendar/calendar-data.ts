import { type DayOfWeek, type LocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';

// The working-day calendar as data. Party offices keep the schedule of cán bộ, công chức, viên chức
// (Saturday and Sunday off, the public holidays of the Labour Code, and the days the Prime Minister
// swaps each year), so that is what is encoded. The service layer may keep its own rows (a committee's
// announced change, next year's Tết) and merge them over this data with mergeCalendarData.

export interface CalendarDay {
  date: LocalDate;
  /** Vietnamese name, e.g. "Tết Nguyên đán Bính Ngọ (mùng 1)". */
  name: string;
  source: RuleSource;
  /** True for days computed from the Labour Code before the Government announced the year's schedule. */
  provisional?: boolean;
}

/** Why a weekday is not worked although it is not itself a holiday. */
export type ExtraDayOffKind =
  /** Nghỉ bù: a holiday fell on a weekend (Bộ luật Lao động 2019, Article 112(3)). */
  | 'nghi-bu'
  /** Hoán đổi: a working day swapped with a Saturday worked instead (see swappedWorkingDays). */
  | 'hoan-doi'
  /** Any other announced closure (an override stored by a service). */
  | 'khac';

export interface ExtraDayOff extends CalendarDay {
  kind: ExtraDayOffKind;
}

export interface CalendarData {
  /** First and last day (both inclusive) for which holidays are known; outside it nothing is computed. */
  coverage: { firstDay: LocalDate; lastDay: LocalDate };
  /** Weekly rest days: Saturday (6) and Sunday (0) for state and Party offices. */
  weekendDays: readonly DayOfWeek[];
  /** Public holidays and Tết, including those that fall on a weekend. */
  holidays: readonly CalendarDay[];
  /** Weekdays not worked: compensatory days (nghỉ bù) and swapped days (hoán đổi). */
  extraDaysOff: readonly ExtraDayOff[];
  /** Weekend days worked instead (làm bù) when a working day was swapped. */
  swappedWorkingDays: readonly CalendarDay[];
}
