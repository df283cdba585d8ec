import type { DataSource } from 'typeorm';
import type { JobDefinition } from '../../jobs/job-definition';
import { purgeInbox, type PurgeInboxOptions } from './purge-inbox';

export const INBOX_PURGE_JOB = 'events.inbox.purge';

/**
 * Keeps a consuming service's inbox bounded: nightly (03:00 Asia/Ho_Chi_Minh), deletes inbox
 * rows older than the retention (30 days by default — longer than any stream redelivers).
 */
export function inboxPurgeJob(dataSource: DataSource, options: PurgeInboxOptions & { dailyAt?: string } = {}): JobDefinition {
  return {
    name: INBOX_PURGE_JOB,
    schedules: [{ dailyAt: options.dailyAt ?? '03:00' }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      const deleted = await purgeInbox(dataSource, options);
      ctx.reportProgress({ phase: 'done', done: deleted, total: deleted, message: `${deleted} inbox rows purged` });
    },
  };
}
