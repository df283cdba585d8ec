import type { ActorRef } from '@lienthong/contracts';
import type { JobProgress, JobRunView, JobStatus } from './job-definition';

/** A `job_run` row as the pg driver returns it. */
export interface JobRunRow {
  id: string;
  job_name: string;
  status: JobStatus;
  params: Record<string, unknown>;
  progress: JobProgress;
  checkpoint: unknown;
  attempts: number;
  lease: number;
  error: string | null;
  requested_by: ActorRef | null;
  cancelled_by: ActorRef | null;
  owner_org_id: string | null;
  schedule_name: string | null;
  runner_id: string | null;
  scheduled_for: Date;
  started_at: Date | null;
  heartbeat_at: Date | null;
  finished_at: Date | null;
  cancel_requested_at: Date | null;
  created_at: Date;
}

/** Every column but the checkpoint, which can be large and is the job's own business. */
export const JOB_RUN_VIEW_COLUMNS = `id, job_name, status, params, progress, attempts, lease, error, requested_by, cancelled_by,
  owner_org_id, schedule_name, runner_id, scheduled_for, started_at, heartbeat_at, finished_at, cancel_requested_at, created_at`;

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toJobRunView(row: Omit<JobRunRow, 'checkpoint'>): JobRunView {
  return {
    id: row.id,
    jobName: row.job_name,
    status: row.status,
    params: row.params,
    progress: row.progress,
    attempts: row.attempts,
    error: row.error,
    requestedBy: row.requested_by,
    cancelledBy: row.cancelled_by,
    ownerOrgId: row.owner_org_id,
    scheduleName: row.schedule_name,
    scheduledFor: row.scheduled_for.toISOString(),
    startedAt: iso(row.started_at),
    heartbeatAt: iso(row.heartbeat_at),
    finishedAt: iso(row.finished_at),
    cancelRequestedAt: iso(row.cancel_requested_at),
    createdAt: row.created_at.toISOString(),
  };
}
