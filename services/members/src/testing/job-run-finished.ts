import type { JobRunner, JobRunView } from '@lienthong/platform';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls a job run until it has finished (succeeded, failed, cancelled) or holds an error — a retry
 * would only wait. Past the ceiling it fails with the run and the runner's log lines.
 */
export async function jobRunFinished(runner: JobRunner, run: Pick<JobRunView, 'id'>, logged: readonly string[], ceilingMs = 60_000): Promise<JobRunView> {
  const until = Date.now() + ceilingMs;
  for (;;) {
    const view = await runner.get(run.id);
    if (['succeeded', 'failed', 'cancelled'].includes(view.status) || view.error) return view;
    if (Date.now() > until) throw new Error(`run ${run.id} did not finish: ${JSON.stringify(view)} ${logged.join('\n')}`);
    await sleep(20);
  }
}
