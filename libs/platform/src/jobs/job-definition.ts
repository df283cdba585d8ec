import type { ActorRef } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import type { UnsignedClaims } from '../auth-context/auth-context-signer';
import type { Logger } from '../observability/logger';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];

/** What a run reports about itself; every field optional, merged into the last report. */
export interface JobProgress {
  done?: number;
  total?: number;
  phase?: string;
  message?: string;
}

/**
 * A schedule as data (`job_schedule`): either every N seconds, or daily at HH:MM local time
 * (Asia/Ho_Chi_Minh unless `timeZone` says otherwise). The row keeps `enabled`, so an operator
 * can switch a schedule off in the database and a deploy will not switch it back on.
 */
export interface JobScheduleSpec {
  /** Unique per service; defaults to the job's name (one schedule per job). */
  name?: string;
  everySeconds?: number;
  dailyAt?: string;
  timeZone?: string;
  params?: Record<string, unknown>;
}

/** The checkpoint write inside a job's own transaction (same commit as the work it marks done). */
export interface JobTransaction<C> {
  manager: EntityManager;
  saveCheckpoint(data: C): Promise<void>;
}

export interface JobContext<P = Record<string, unknown>, C = unknown> {
  runId: string;
  jobName: string;
  /** 1 on the first start; a resumed or retried run sees 2, 3, … */
  attempt: number;
  params: P;
  /** The last saved checkpoint, `undefined` on a fresh start. */
  checkpoint: C | undefined;
  /** Who asked for the run (null for a scheduled run). */
  requestedBy: ActorRef | null;
  /** Jobs act as the service's system actor, never as "no actor" and never as the requester. */
  actor: ActorRef;
  claims: UnsignedClaims;
  logger: Logger;
  /**
   * Aborted when the run must stop: cancelled through the API, the runner is shutting down
   * (the run is handed over and resumes elsewhere), or this runner lost the run's lock.
   */
  signal: AbortSignal;
  /** True once `signal` is aborted: stop at the next safe point and return (or throw). */
  isCancelled(): boolean;
  /** Throws the abort reason when the run must stop. */
  throwIfCancelled(): void;
  /** Persists a checkpoint on its own; a crash after this resolves resumes from it. */
  saveCheckpoint(data: C): Promise<void>;
  /**
   * Runs `work` in one database transaction whose commit also saves the checkpoint given to
   * `tx.saveCheckpoint`: the work of a chunk and the mark "chunk done" commit together, so a
   * crash never repeats or skips it. Refuses to commit if another runner now owns the run.
   */
  transaction<T>(work: (tx: JobTransaction<C>) => Promise<T>): Promise<T>;
  /** Throttled: at most one write per `progressIntervalMs`, the last report always lands. */
  reportProgress(progress: JobProgress): void;
}

export interface JobRetryPolicy {
  /** Starts in total, crashes included; then the run fails. Default 5. */
  maxAttempts?: number;
  /** Delay before the 2nd start, doubled each time up to `maxDelayMs`. Default 5 s / 10 min. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface JobDefinition<P = Record<string, unknown>, C = unknown> {
  /** `<area>.<job>`, lower case: `members.transfer-expiry`, `platform.outbox-purge`. */
  name: string;
  run(ctx: JobContext<P, C>): Promise<void>;
  /** Validates and shapes the params at enqueue (throw a DomainError to refuse them). */
  parseParams?(raw: unknown): P;
  /**
   * true (default): one run of this job at a time across all replicas (the lock is per job).
   * false: runs of this job may execute in parallel, each still by exactly one runner.
   */
  exclusive?: boolean;
  retry?: JobRetryPolicy;
  schedules?: JobScheduleSpec[];
}

/** What `get`, `list`, `enqueue` and `cancel` answer: no checkpoint (internal), no secrets. */
export interface JobRunView {
  id: string;
  jobName: string;
  status: JobStatus;
  params: Record<string, unknown>;
  progress: JobProgress;
  attempts: number;
  error: string | null;
  requestedBy: ActorRef | null;
  cancelledBy: ActorRef | null;
  ownerOrgId: string | null;
  scheduleName: string | null;
  scheduledFor: string;
  startedAt: string | null;
  heartbeatAt: string | null;
  finishedAt: string | null;
  cancelRequestedAt: string | null;
  createdAt: string;
}
