import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { JobProgress } from './job-definition';
import { JobLeaseLostError } from './job-errors';
import { jsonParam, queryRows, type SqlRunner } from './sql-rows';

/** What a fenced write learns: whether a cancel was requested meanwhile. */
export interface FencedWriteResult {
  cancelRequested: boolean;
}

/**
 * The writes a runner makes to a run it owns while it executes. Each one is conditioned on
 * the run's lease: once another runner has claimed the run, they match no row and throw
 * `JobLeaseLostError`, so a stale runner can neither checkpoint nor commit the work of a chunk.
 */
export class JobRunWriter {
  constructor(
    private readonly dataSource: DataSource,
    readonly runId: string,
    readonly lease: number,
  ) {}

  saveCheckpoint(data: unknown, manager?: EntityManager): Promise<FencedWriteResult> {
    return this.fenced(manager ?? this.dataSource, 'checkpoint = $3::jsonb', [jsonParam(data)]);
  }

  saveProgress(progress: JobProgress): Promise<FencedWriteResult> {
    return this.fenced(this.dataSource, 'progress = $3::jsonb', [jsonParam(progress)]);
  }

  private async fenced(runner: SqlRunner, set: string, params: unknown[]): Promise<FencedWriteResult> {
    const rows = await queryRows<{ cancel_requested: boolean }>(
      runner,
      `UPDATE job_run SET ${set} WHERE id = $1 AND lease = $2 AND status = 'running'
       RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`,
      [this.runId, this.lease, ...params],
    );
    if (rows.length === 0) throw new JobLeaseLostError(this.runId);
    return { cancelRequested: rows[0].cancel_requested };
  }
}
