import type { JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';

export const EXTERNAL_REF_PURGE_JOB = 'gateway.external-refs.purge';
const CHUNK = 5_000;

/**
 * Nightly: deletes reservations whose create died with its gateway (no record id, lapsed more
 * than a day ago). They never block anyone — a lapsed reservation is taken over by the next
 * create with that externalId — this only keeps the table to what is real.
 */
export function externalRefPurgeJob(dataSource: DataSource): JobDefinition {
  return {
    name: EXTERNAL_REF_PURGE_JOB,
    schedules: [{ dailyAt: '03:30' }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      let total = 0;
      for (let deleted = CHUNK; deleted === CHUNK && !ctx.isCancelled(); total += deleted) {
        // TypeORM answers a DELETE with [rows, affected count].
        [, deleted] = await dataSource.query<[unknown[], number]>(
          `DELETE FROM external_ref WHERE ctid IN (
             SELECT ctid FROM external_ref WHERE resource_id IS NULL AND reserved_until < now() - interval '1 day' LIMIT $1)`,
          [CHUNK],
        );
      }
      ctx.reportProgress({ phase: 'done', done: total, total, message: `${total} dead externalId reservations purged` });
    },
  };
}
