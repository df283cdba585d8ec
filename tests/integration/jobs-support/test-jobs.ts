import type { JobDefinition } from '@lienthong/platform';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ImportParams {
  total: number;
  chunk: number;
  delayMs: number;
}

export interface ImportCheckpoint {
  next: number;
}

/** Tables the test jobs write their side effects to (test data, not a migration). */
export const TEST_JOB_TABLES = `
  CREATE TABLE test_item (item int PRIMARY KEY, run_id uuid NOT NULL);
  CREATE TABLE test_effect_log (id bigserial PRIMARY KEY, item int NOT NULL, attempt int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
`;

/**
 * The resumable-import pattern: each chunk's writes and the checkpoint that marks it done
 * commit in one transaction. `test_item` is the idempotent write (ON CONFLICT DO NOTHING);
 * `test_effect_log` counts every time a chunk's work is committed, to prove it happens once.
 */
export const importJob: JobDefinition<ImportParams, ImportCheckpoint> = {
  name: 'test.import',
  retry: { maxAttempts: 3, initialDelayMs: 50 },
  async run(ctx) {
    const { total, chunk, delayMs } = ctx.params;
    let next = ctx.checkpoint?.next ?? 0;
    ctx.reportProgress({ done: next, total, phase: 'import' });
    while (next < total) {
      ctx.throwIfCancelled();
      const end = Math.min(total, next + chunk);
      await ctx.transaction(async (tx) => {
        await tx.manager.query(
          `INSERT INTO test_item (item, run_id) SELECT g, $1 FROM generate_series($2::int, $3::int - 1) g ON CONFLICT (item) DO NOTHING`,
          [ctx.runId, next, end],
        );
        await tx.manager.query(`INSERT INTO test_effect_log (item, attempt) SELECT g, $1 FROM generate_series($2::int, $3::int - 1) g`, [
          ctx.attempt,
          next,
          end,
        ]);
        await tx.saveCheckpoint({ next: end });
      });
      next = end;
      ctx.reportProgress({ done: next });
      await sleep(delayMs);
    }
  },
};
