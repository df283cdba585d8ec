import type { JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { IdempotencyRepository } from './idempotency.repository';

export const IDEMPOTENCY_PURGE_JOB = 'gateway.idempotency-keys.purge';
const CHUNK = 5_000;

/** Every hour: deletes idempotency keys past their 24 h, in chunks (short transactions, no long lock). */
export function idempotencyPurgeJob(dataSource: DataSource): JobDefinition {
  const keys = new IdempotencyRepository(dataSource);
  return {
    name: IDEMPOTENCY_PURGE_JOB,
    schedules: [{ everySeconds: 3600 }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      let total = 0;
      for (let deleted = CHUNK; deleted === CHUNK && !ctx.isCancelled(); total += deleted) deleted = await keys.purgeExpired(CHUNK);
      ctx.reportProgress({ phase: 'done', done: total, total, message: `${total} idempotency keys purged` });
    },
  };
}
