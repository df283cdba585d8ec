import type { ActorRef } from '@lienthong/contracts';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { advisoryLockKey } from '../database/run-migrations';
import type { Logger } from '../observability/logger';
import type { JobDefinition } from './job-definition';
import { closeJobLockConnection, openJobLockConnection } from './job-lock-connection';
import type { JobRunnerSettings } from './job-runner.settings';
import { queryRows } from './sql-rows';

/** A run this runner now owns: its row as claimed, and the connection holding its lock. */
export interface ClaimedRun {
  id: string;
  jobName: string;
  params: Record<string, unknown>;
  checkpoint: unknown;
  attempts: number;
  lease: number;
  requestedBy: ActorRef | null;
  lockKey: string;
  connection: Client;
}

interface CandidateRow {
  id: string;
  job_name: string;
  status: 'queued' | 'running';
  attempts: number;
  cancel_requested_at: Date | null;
}

interface ClaimedRow {
  params: Record<string, unknown>;
  checkpoint: unknown;
  attempts: number;
  lease: number;
  requested_by: ActorRef | null;
}

const CANDIDATES = 10;
export const DEFAULT_MAX_ATTEMPTS = 5;

/** Due queued runs, and running runs whose heartbeat went stale (their runner may be dead). */
const CLAIMABLE = `job_name = ANY($1::text[]) AND (
  (status = 'queued' AND scheduled_for <= now())
  OR (status = 'running' AND heartbeat_at < now() - $2::int * interval '1 millisecond'))`;

export function jobLockKey(definition: Pick<JobDefinition<unknown, unknown>, 'name' | 'exclusive'>, runId: string): string {
  return advisoryLockKey(definition.exclusive === false ? `job-run:${runId}` : `job:${definition.name}`);
}

/**
 * Claims one run: rows are locked with FOR UPDATE SKIP LOCKED (two runners never look at the
 * same row at once), then the run's advisory lock is tried on a dedicated connection. A stale
 * `running` row whose lock is still held belongs to a live runner that is only slow: skipped.
 * The lock, not the heartbeat, decides who owns a run.
 */
export class JobClaimer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: ReadonlyMap<string, JobDefinition<unknown, unknown>>,
    private readonly settings: JobRunnerSettings,
    private readonly logger: Logger,
  ) {}

  async claimNext(): Promise<ClaimedRun | undefined> {
    const names = [...this.definitions.keys()];
    if (names.length === 0) return undefined;
    // A cheap look through the pool first: most polls find nothing and open no connection.
    const [any] = await queryRows(this.dataSource, `SELECT 1 FROM job_run WHERE ${CLAIMABLE} LIMIT 1`, [names, this.settings.staleAfterMs]);
    if (!any) return undefined;

    const connection = await openJobLockConnection(this.dataSource, `lienthong-job-${this.settings.runnerId}`);
    connection.on('error', () => undefined);
    let claimed: ClaimedRun | undefined;
    try {
      await connection.query('BEGIN');
      const { rows } = await connection.query<CandidateRow>(
        `SELECT id, job_name, status, attempts, cancel_requested_at FROM job_run WHERE ${CLAIMABLE}
         ORDER BY scheduled_for, id LIMIT ${CANDIDATES} FOR UPDATE SKIP LOCKED`,
        [names, this.settings.staleAfterMs],
      );
      for (const candidate of rows) {
        claimed = await this.tryClaim(connection, candidate);
        if (claimed) break;
      }
      await connection.query('COMMIT');
    } catch (error) {
      await closeJobLockConnection(connection);
      throw error;
    }
    if (!claimed) await closeJobLockConnection(connection);
    return claimed;
  }

  private async tryClaim(connection: Client, candidate: CandidateRow): Promise<ClaimedRun | undefined> {
    const definition = this.definitions.get(candidate.job_name);
    if (!definition) return undefined;
    const lockKey = jobLockKey(definition, candidate.id);
    const { rows: locked } = await connection.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [lockKey]);
    if (!locked[0].ok) return undefined;

    if (candidate.status === 'running') {
      const settled = await this.settleOrphan(connection, candidate, definition);
      if (settled) {
        await connection.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey]);
        return undefined;
      }
    }
    const { rows } = await connection.query<ClaimedRow>(
      `UPDATE job_run SET status = 'running', attempts = attempts + 1, lease = lease + 1, runner_id = $2,
         started_at = COALESCE(started_at, now()), heartbeat_at = now()
       WHERE id = $1
       RETURNING params, checkpoint, attempts, lease, requested_by`,
      [candidate.id, this.settings.runnerId],
    );
    const row = rows[0];
    if (candidate.status === 'running') {
      this.logger.warn('Resuming a job run whose runner stopped', { job: candidate.job_name, runId: candidate.id, attempt: row.attempts });
    }
    return {
      id: candidate.id,
      jobName: candidate.job_name,
      params: row.params,
      checkpoint: row.checkpoint ?? undefined,
      attempts: row.attempts,
      lease: row.lease,
      requestedBy: row.requested_by,
      lockKey,
      connection,
    };
  }

  /**
   * A run whose runner died: cancelled if a cancel was pending, failed if it has no attempts
   * left; otherwise (false) it is claimed again and resumes from its checkpoint.
   */
  private async settleOrphan(connection: Client, candidate: CandidateRow, definition: JobDefinition<unknown, unknown>): Promise<boolean> {
    const maxAttempts = definition.retry?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (candidate.cancel_requested_at) {
      await connection.query(`UPDATE job_run SET status = 'cancelled', finished_at = now() WHERE id = $1`, [candidate.id]);
      return true;
    }
    if (candidate.attempts >= maxAttempts) {
      await connection.query(`UPDATE job_run SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1`, [
        candidate.id,
        `The runner stopped during attempt ${candidate.attempts} of ${maxAttempts}; no attempts left`,
      ]);
      this.logger.error('Job run failed: its runner stopped and no attempts are left', { job: candidate.job_name, runId: candidate.id });
      return true;
    }
    return false;
  }
}
