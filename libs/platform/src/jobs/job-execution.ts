import type { DataSource } from 'typeorm';
import { requestContext } from '../auth-context/request-context';
import { systemClaims } from '../auth-context/system-actor';
import type { Logger } from '../observability/logger';
import type { ClaimedRun } from './job-claimer';
import { DEFAULT_MAX_ATTEMPTS } from './job-claimer';
import type { JobContext, JobDefinition, JobProgress, JobTransaction } from './job-definition';
import { describeJobError, JobLeaseLostError, JobStoppedError, redactSecrets, retryDelayMs, type JobStopReason } from './job-errors';
import { closeJobLockConnection } from './job-lock-connection';
import { JobProgressThrottle } from './job-progress-throttle';
import type { JobRunnerSettings } from './job-runner.settings';
import { JobRunWriter, type FencedWriteResult } from './job-run-writer';
import { jsonParam } from './sql-rows';

type Outcome = { kind: 'succeeded' } | { kind: 'stopped'; reason: JobStopReason } | { kind: 'error'; error: unknown };

const DEFAULT_INITIAL_DELAY_MS = 5_000;
const DEFAULT_MAX_DELAY_MS = 10 * 60_000;

/** One claimed run, executed to an outcome: succeeded, cancelled, handed over, retried or failed. */
export class JobExecution {
  private readonly controller = new AbortController();
  private readonly writer: JobRunWriter;
  private readonly logger: Logger;
  private heartbeat: NodeJS.Timeout | undefined;
  private abandoned = false;

  constructor(
    private readonly claim: ClaimedRun,
    private readonly definition: JobDefinition<unknown, unknown>,
    private readonly dataSource: DataSource,
    private readonly settings: JobRunnerSettings,
    private readonly service: string,
    logger: Logger,
  ) {
    this.writer = new JobRunWriter(dataSource, claim.id, claim.lease);
    this.logger = logger.child({ job: claim.jobName, runId: claim.id, attempt: claim.attempts });
  }

  get runId(): string {
    return this.claim.id;
  }

  /** Asks the job to stop at its next check (cancel, shutdown or lost lease). */
  stop(reason: JobStopReason): void {
    if (!this.controller.signal.aborted) this.controller.abort(new JobStoppedError(reason));
  }

  /** After the stop grace: drop the lock connection, so another runner can take the run over. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    this.stop('shutdown');
    await closeJobLockConnection(this.claim.connection);
  }

  async execute(): Promise<void> {
    const { connection } = this.claim;
    connection.on('error', () => this.stop('lease-lost'));
    this.heartbeat = setInterval(() => void this.beat(), this.settings.heartbeatIntervalMs);
    const progress = new JobProgressThrottle(this.settings.progressIntervalMs, async (p) => this.observe(await this.writer.saveProgress(p)));
    this.logger.info('Job run started', { resumed: this.claim.checkpoint !== undefined });
    const outcome = await this.runJob(progress);
    clearInterval(this.heartbeat);
    const lastProgress = await progress.drain();
    try {
      if (!this.abandoned) await this.finish(outcome, lastProgress);
    } catch (error) {
      this.logger.error('Could not record the job run outcome', { error: describeJobError(error) });
    } finally {
      await closeJobLockConnection(connection);
    }
  }

  private async runJob(progress: JobProgressThrottle): Promise<Outcome> {
    const signal = this.controller.signal;
    try {
      await requestContext.run({ correlationId: this.claim.id, language: 'vi' }, () => this.definition.run(this.context(progress)));
    } catch (error) {
      // Once asked to stop, whatever the job throws is its way of stopping.
      if (!signal.aborted) return { kind: 'error', error };
    }
    if (signal.aborted) return { kind: 'stopped', reason: (signal.reason as JobStoppedError).reason };
    return { kind: 'succeeded' };
  }

  private context(progress: JobProgressThrottle): JobContext<unknown, unknown> {
    const claims = systemClaims(this.service);
    const signal = this.controller.signal;
    const ctx: JobContext<unknown, unknown> = {
      runId: this.claim.id,
      jobName: this.claim.jobName,
      attempt: this.claim.attempts,
      params: this.claim.params,
      checkpoint: this.claim.checkpoint,
      requestedBy: this.claim.requestedBy,
      actor: claims.actor,
      claims,
      logger: this.logger,
      signal,
      isCancelled: () => signal.aborted,
      throwIfCancelled: () => {
        if (signal.aborted) throw signal.reason as Error;
      },
      saveCheckpoint: async (data) => {
        this.observe(await this.fencedWrite(() => this.writer.saveCheckpoint(data)));
        ctx.checkpoint = data;
      },
      transaction: async <T>(work: (tx: JobTransaction<unknown>) => Promise<T>): Promise<T> => {
        let saved: { data: unknown; result: FencedWriteResult } | undefined;
        const value = await this.fencedWrite(() =>
          this.dataSource.transaction(async (manager) =>
            work({ manager, saveCheckpoint: async (data) => void (saved = { data, result: await this.writer.saveCheckpoint(data, manager) }) }),
          ),
        );
        if (saved) {
          ctx.checkpoint = saved.data;
          this.observe(saved.result);
        }
        return value;
      },
      reportProgress: (p: JobProgress) => progress.report(p),
    };
    return ctx;
  }

  private async fencedWrite<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof JobLeaseLostError) this.stop('lease-lost');
      throw error;
    }
  }

  private observe(result: FencedWriteResult): void {
    if (result.cancelRequested) this.stop('cancelled');
  }

  /** On the lock connection: if that connection is gone, so is the lock, and the run with it. */
  private async beat(): Promise<void> {
    try {
      const { rows } = await this.claim.connection.query<{ cancel_requested: boolean }>(
        `UPDATE job_run SET heartbeat_at = now() WHERE id = $1 AND lease = $2 AND status = 'running'
         RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`,
        [this.claim.id, this.claim.lease],
      );
      if (rows.length === 0) this.stop('lease-lost');
      else this.observe({ cancelRequested: rows[0].cancel_requested });
    } catch {
      this.stop('lease-lost');
    }
  }

  private async finish(outcome: Outcome, progress: JobProgress | undefined): Promise<void> {
    const { set, params, log } = this.outcomeUpdate(outcome);
    const { rowCount } = await this.claim.connection.query(
      `UPDATE job_run SET ${set}, progress = COALESCE($3::jsonb, progress)
       WHERE id = $1 AND lease = $2 AND status = 'running'`,
      [this.claim.id, this.claim.lease, jsonParam(progress), ...params],
    );
    if (rowCount === 0) this.logger.warn('Job run was taken over by another runner; outcome not recorded', { outcome: outcome.kind });
    else log();
    await this.claim.connection.query('SELECT pg_advisory_unlock($1::bigint)', [this.claim.lockKey]);
  }

  private outcomeUpdate(outcome: Outcome): { set: string; params: unknown[]; log: () => void } {
    if (outcome.kind === 'succeeded') {
      return { set: `status = 'succeeded', finished_at = now(), error = NULL`, params: [], log: () => this.logger.info('Job run succeeded') };
    }
    if (outcome.kind === 'stopped') {
      if (outcome.reason === 'cancelled') {
        return { set: `status = 'cancelled', finished_at = now()`, params: [], log: () => this.logger.info('Job run cancelled') };
      }
      // Shutdown (or a lost lease, whose write then matches nothing): hand the run over without using up an attempt.
      return {
        set: `status = 'queued', attempts = greatest(attempts - 1, 0), scheduled_for = now(), heartbeat_at = NULL, runner_id = NULL`,
        params: [],
        log: () => this.logger.info('Job run handed over for another runner to resume'),
      };
    }
    const error = describeJobError(outcome.error);
    const retry = this.definition.retry ?? {};
    if (this.claim.attempts >= (retry.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
      return {
        set: `status = 'failed', finished_at = now(), error = $4`,
        params: [error],
        log: () => this.logger.error('Job run failed', { error, stack: stackOf(outcome.error) }),
      };
    }
    const delayMs = retryDelayMs(this.claim.attempts, retry.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS, retry.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
    return {
      set: `status = 'queued', error = $4, scheduled_for = now() + $5::int * interval '1 millisecond', heartbeat_at = NULL, runner_id = NULL`,
      params: [error, delayMs],
      log: () => this.logger.warn('Job run failed; will retry', { error, delayMs, stack: stackOf(outcome.error) }),
    };
  }
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error && error.stack ? redactSecrets(error.stack) : undefined;
}
