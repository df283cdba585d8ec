import type { ActorRef } from '../common/auth-context';

// The working-day calendar as the members service applies it: the national base data (libs/rules)
// with the per-date overrides an administrator keeps in the database (issue 9 §1).

/** What an override says about its date. `default` forgets the base entry (weekday/weekend rule). */
export const CALENDAR_OVERRIDE_KINDS = ['holiday', 'day-off', 'working-day', 'default'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];

/** Why a day is or is not worked (libs/rules DayStatus). */
export type CalendarDayReason = 'weekday' | 'weekend' | 'holiday' | 'extra-day-off' | 'swapped-working-day';

export interface CalendarDaySourceDto {
  document: string;
  article: string | null;
  note: string | null;
}

export interface CalendarDayDto {
  date: string;
  working: boolean;
  reason: CalendarDayReason;
  /** The holiday's or swap's Vietnamese name; null for an ordinary weekday or weekend. */
  name: string | null;
  /** Where the entry comes from; null for an ordinary weekday or weekend of the base rule. */
  origin: 'base' | 'override' | null;
  source: CalendarDaySourceDto | null;
  /** True for base days computed before the Government announced the year's schedule. */
  provisional: boolean;
}

export interface CalendarDaysDto {
  from: string;
  to: string;
  /** The span for which deadlines can be computed at all. */
  coverage: { firstDay: string; lastDay: string };
  days: CalendarDayDto[];
}

export interface CalendarOverrideDto {
  date: string;
  kind: CalendarOverrideKind;
  nameVi: string;
  /** The document it comes from (e.g. "Thông báo 6150/TB-BNV ngày 12/11/2026 của Bộ Nội vụ"). */
  source: string;
  createdBy: ActorRef;
  createdAt: string;
  updatedBy: ActorRef;
  updatedAt: string;
  version: number;
}
