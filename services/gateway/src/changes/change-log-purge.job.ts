import type { JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { ChangeLogRepository } from './change-log.repository';
import type { ChangeFeedSettings } from './change-feed.settings';

export const CHANGE_LOG_PURGE_JOB = 'gateway.change-log.purge';
const CHUNK = 5_000;

/** Nightly: deletes changes older than the retention in chunks; a cursor before them then answers 410. */
export function changeLogPurgeJob(dataSource: DataSource, settings: ChangeFeedSettings): JobDefinition {
  const changes = new ChangeLogRepository(dataSource);
  return {
    name: CHANGE_LOG_PURGE_JOB,
    schedules: [{ dailyAt: '02:40' }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      const before = new Date(Date.now() - settings.retentionDays * 86_400_000);
      let total = 0;
      for (let deleted = CHUNK; deleted === CHUNK && !ctx.isCancelled(); total += deleted) deleted = await changes.purgeBefore(before, CHUNK);
      ctx.reportProgress({ phase: 'done', done: total, total, message: `${total} changes purged (before ${before.toISOString()})` });
    },
  };
}
