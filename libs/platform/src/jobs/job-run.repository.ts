import type { ActorRef, Page } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { decodeCursor, isKey, keysetPage } from '../ids/cursor';
import { requestContext } from '../auth-context/request-context';
import { uuidv7 } from '../ids/uuid-v7';
import type { JobRunView, JobStatus } from './job-definition';
import { JOB_RUN_VIEW_COLUMNS, toJobRunView, type JobRunRow } from './job-run.mapper';
import { jsonParam, queryRows } from './sql-rows';

type ViewRow = Omit<JobRunRow, 'checkpoint'>;

export interface NewJobRun {
  jobName: string;
  params: Record<string, unknown>;
  requestedBy: ActorRef | null;
  ownerOrgId?: string | null;
  runAt?: Date;
}

export interface JobRunFilter {
  jobName?: string;
  status?: JobStatus;
  cursor?: string;
  limit?: number;
}

/** The API side of `job_run`: what callers (later HTTP/RPC handlers) read and ask for. */
export class JobRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(run: NewJobRun): Promise<JobRunView> {
    const [row] = await queryRows<ViewRow>(
      this.dataSource,
      `INSERT INTO job_run (id, job_name, params, requested_by, owner_org_id, scheduled_for)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, COALESCE($6::timestamptz, now()))
       RETURNING ${JOB_RUN_VIEW_COLUMNS}`,
      [uuidv7(), run.jobName, jsonParam(run.params), jsonParam(run.requestedBy), run.ownerOrgId ?? null, run.runAt?.toISOString() ?? null],
    );
    return toJobRunView(row);
  }

  async find(id: string): Promise<JobRunView | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await queryRows<ViewRow>(this.dataSource, `SELECT ${JOB_RUN_VIEW_COLUMNS} FROM job_run WHERE id = $1`, [id]);
    return row ? toJobRunView(row) : undefined;
  }

  /** Newest first, keyset on the id (UUID v7 is time-ordered). */
  async list(filter: JobRunFilter): Promise<Page<JobRunView>> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const [after] = decodeCursor(filter.cursor, 1, requestContext.current()?.language, isKey('id')) ?? [];
    const rows = await queryRows<ViewRow>(
      this.dataSource,
      `SELECT ${JOB_RUN_VIEW_COLUMNS} FROM job_run
       WHERE ($1::text IS NULL OR job_name = $1) AND ($2::text IS NULL OR status = $2)
         AND ($3::uuid IS NULL OR id < $3::uuid)
       ORDER BY id DESC LIMIT $4`,
      [filter.jobName ?? null, filter.status ?? null, after ?? null, limit + 1],
    );
    return keysetPage(rows, limit, toJobRunView, (row) => [row.id]);
  }

  /**
   * A queued run is cancelled at once; a running one gets `cancel_requested_at`, which its
   * runner sees at the next heartbeat or checkpoint and stops. Cancelling twice is a no-op;
   * cancelling a finished run is a conflict.
   */
  async requestCancel(id: string, actor: ActorRef): Promise<JobRunView> {
    const [row] = isUuid(id)
      ? await queryRows<ViewRow>(
          this.dataSource,
          `UPDATE job_run SET
             status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
             finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END,
             cancel_requested_at = COALESCE(cancel_requested_at, now()),
             cancelled_by = COALESCE(cancelled_by, $2::jsonb)
           WHERE id = $1 AND status IN ('queued', 'running')
           RETURNING ${JOB_RUN_VIEW_COLUMNS}`,
          [id, jsonParam(actor)],
        )
      : [];
    if (row) return toJobRunView(row);
    const current = await this.find(id);
    if (!current) throw new DomainError('COMMON.NOT_FOUND', 'Job run not found');
    if (current.status === 'cancelled') return current;
    throw new DomainError('COMMON.CONFLICT', `Job run already ${current.status}`);
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
