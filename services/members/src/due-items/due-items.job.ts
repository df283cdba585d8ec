import { DomainError, type JobDefinition } from '@lienthong/platform';
import { addDays, displayDate, isLocalDate } from '@lienthong/rules';
import type { DataSource } from 'typeorm';
import { freshCalendar } from '../calendar/calendar-provider';
import { partyToday } from '../orgs/org-kind-rules';
import { badgeItemPages, probationItems } from './due-item-sources';
import { writeDueItems } from './due-item-writer';

export const DUE_ITEMS_JOB = 'members.due-items';

export interface DueItemsParams {
  /** The day computed (default: today in Vietnam). */
  on: string;
  /** How many days ahead a deadline is listed. */
  horizonDays: number;
}

/**
 * The daily "việc cần làm" (issue 9 §7): per organisation, what falls due in the next `horizonDays`
 * days — recognitions to consider, ceremonies not yet held, badges for the next award occasion,
 * transfers to confirm — written as the day's set in one transaction (a rerun of the day replaces it).
 */
export function dueItemsJob(dataSource: DataSource): JobDefinition<DueItemsParams, never> {
  return {
    name: DUE_ITEMS_JOB,
    schedules: [{ dailyAt: '05:00' }],
    retry: { maxAttempts: 3 },
    parseParams: (raw) => parseDueItemsParams(raw),
    async run(ctx) {
      // The calendar in force (base data and the overrides), read afresh for the day's run.
      const calendar = await freshCalendar();
      const day = ctx.params.on;
      const until = addDays(day, ctx.params.horizonDays);
      ctx.reportProgress({ phase: 'probation' });
      const probation = await probationItems(dataSource.manager, calendar, day, until);
      ctx.throwIfCancelled();
      ctx.reportProgress({ phase: 'badges and transfers' });
      // One transaction: readers see yesterday's set or today's whole, never half of it.
      const written = await ctx.transaction(({ manager }) => writeDueItems(manager, day, until, probation, badgeItemPages(manager, day)));
      ctx.reportProgress({ phase: 'done', done: written, total: written, message: `${written} việc cần làm ngày ${displayDate(day)}` });
    },
  };
}

export function parseDueItemsParams(raw: unknown): DueItemsParams {
  const given = (raw ?? {}) as { on?: unknown; horizonDays?: unknown };
  const on = given.on === undefined ? partyToday() : given.on;
  const horizonDays = given.horizonDays === undefined ? 30 : given.horizonDays;
  if (!isLocalDate(on)) throw new DomainError('COMMON.VALIDATION_FAILED', 'on: must be a date YYYY-MM-DD');
  if (typeof horizonDays !== 'number' || !Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 366) {
    throw new DomainError('COMMON.VALIDATION_FAILED', 'horizonDays: must be a whole number 1 … 366');
  }
  return { on, horizonDays };
}
