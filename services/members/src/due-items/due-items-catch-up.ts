import type { JobRunner } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import { DUE_ITEMS_JOB } from './due-items.job';

/** How long after boot the catch-up run waits: a first-run demo seed lands before it. */
export const CATCH_UP_DELAY_MS = 30_000;

/**
 * The scheduler skips a daily run that was missed while the service was down: officers would see
 * yesterday's list (or none, on a first start) until the next morning. At boot, when today has no
 * computed set and no run of the job is waiting, one is queued for today, shortly after start.
 */
export async function queueCatchUpRun(dataSource: DataSource, jobs: JobRunner, now = new Date()): Promise<boolean> {
  const today = partyToday(now);
  const rows: { computed: boolean; waiting: boolean }[] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM due_item_day WHERE computed_on >= $1::date) AS computed,
            EXISTS (SELECT 1 FROM job_run WHERE job_name = $2 AND status IN ('queued', 'running')) AS waiting`,
    [today, DUE_ITEMS_JOB],
  );
  if (rows[0].computed || rows[0].waiting) return false;
  await jobs.enqueue(DUE_ITEMS_JOB, { on: today }, null, { runAt: new Date(now.getTime() + CATCH_UP_DELAY_MS) });
  return true;
}
