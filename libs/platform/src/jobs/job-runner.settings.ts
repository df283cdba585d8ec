import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** How a runner polls, beats and stops. Defaults suit production; tests shorten them. */
export interface JobRunnerSettings {
  /** false: this process serves the API (enqueue, get, list, cancel) but executes nothing. */
  enabled: boolean;
  /** Runs executed at once by this process (each holds one PostgreSQL connection for its lock). */
  concurrency: number;
  /** How often the runner looks for due runs and due schedules. */
  pollIntervalMs: number;
  /** How often a running run's heartbeat is written (and a cancel request is noticed). */
  heartbeatIntervalMs: number;
  /** A running run whose heartbeat is older is checked for a free lock (its runner died). */
  staleAfterMs: number;
  /** At most one progress write per run in this interval. */
  progressIntervalMs: number;
  /** On stop, how long running jobs get to reach a safe point before the process moves on. */
  stopGraceMs: number;
  /** Recorded on each run it executes (`host:pid:random`). */
  runnerId: string;
}

export const DEFAULT_JOB_RUNNER_SETTINGS: Omit<JobRunnerSettings, 'runnerId'> = {
  enabled: true,
  concurrency: 2,
  pollIntervalMs: 1_000,
  heartbeatIntervalMs: 5_000,
  staleAfterMs: 30_000,
  progressIntervalMs: 1_000,
  stopGraceMs: 10_000,
};

export function resolveJobRunnerSettings(overrides: Partial<JobRunnerSettings> = {}): JobRunnerSettings {
  const settings: JobRunnerSettings = {
    ...DEFAULT_JOB_RUNNER_SETTINGS,
    runnerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    ...overrides,
  };
  const positive: (keyof JobRunnerSettings)[] = ['concurrency', 'pollIntervalMs', 'heartbeatIntervalMs', 'staleAfterMs', 'progressIntervalMs'];
  for (const key of positive) {
    const value = settings[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`Job runner setting ${key} must be a positive number`);
  }
  if (settings.staleAfterMs < 2 * settings.heartbeatIntervalMs) {
    throw new Error('Job runner setting staleAfterMs must be at least twice heartbeatIntervalMs');
  }
  return settings;
}
