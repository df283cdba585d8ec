import type { DataSource } from 'typeorm';
import { uuidv7 } from '../ids/uuid-v7';
import type { Logger } from '../observability/logger';
import type { JobDefinition, JobScheduleSpec } from './job-definition';
import { jsonParam, queryRows } from './sql-rows';

export const DEFAULT_SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * The next due time after now(), computed by PostgreSQL (one clock for every replica):
 * `every` keeps to its grid (a late tick does not shift later runs, missed ones are skipped);
 * `daily_at` is wall-clock time in the schedule's zone.
 */
const NEXT_RUN_AT = `CASE WHEN every IS NOT NULL THEN
    COALESCE(next_run_at, now()) + every * (floor(greatest(0, extract(epoch FROM now() - COALESCE(next_run_at, now())))::float8
      / extract(epoch FROM every)::float8) + 1)
  WHEN (date_trunc('day', now() AT TIME ZONE time_zone) + daily_at) AT TIME ZONE time_zone > now()
    THEN (date_trunc('day', now() AT TIME ZONE time_zone) + daily_at) AT TIME ZONE time_zone
  ELSE (date_trunc('day', now() AT TIME ZONE time_zone) + interval '1 day' + daily_at) AT TIME ZONE time_zone
END`;

interface DueSchedule {
  name: string;
  job_name: string;
  params: Record<string, unknown>;
  next_run_at: Date;
}

export function validateScheduleSpec(jobName: string, spec: JobScheduleSpec): void {
  const label = `Schedule ${spec.name ?? jobName}`;
  if ((spec.everySeconds === undefined) === (spec.dailyAt === undefined)) throw new Error(`${label}: give exactly one of everySeconds, dailyAt`);
  if (spec.everySeconds !== undefined && !(spec.everySeconds >= 1)) throw new Error(`${label}: everySeconds must be at least 1`);
  if (spec.dailyAt !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(spec.dailyAt)) throw new Error(`${label}: dailyAt must be HH:MM`);
  if (!/^[a-z][a-z0-9.:-]{1,119}$/.test(spec.name ?? jobName)) throw new Error(`${label}: invalid name`);
}

/**
 * Turns due schedules into queued runs. Exactly once across replicas: due rows are taken
 * with FOR UPDATE SKIP LOCKED, and the unique (schedule_name, scheduled_for) index refuses
 * a second run for the same due time whatever happens. A run still queued or running from
 * the same schedule makes the next due time skip (no pile-up behind a slow nightly job).
 */
export class JobScheduler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Writes the schedules declared in code; keeps `enabled` as the operator set it. */
  async sync(definitions: Iterable<JobDefinition<unknown, unknown>>): Promise<void> {
    for (const definition of definitions) {
      for (const spec of definition.schedules ?? []) await this.syncOne(definition.name, spec);
    }
  }

  async enqueueDue(jobNames: readonly string[]): Promise<number> {
    if (jobNames.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const due = await queryRows<DueSchedule>(
        manager,
        `SELECT name, job_name, params, next_run_at FROM job_schedule
         WHERE enabled AND next_run_at <= now() AND job_name = ANY($1::text[])
         ORDER BY next_run_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
        [jobNames],
      );
      let enqueued = 0;
      for (const schedule of due) {
        const inserted = await queryRows(
          manager,
          `INSERT INTO job_run (id, job_name, params, schedule_name, scheduled_for)
           SELECT $1, $2, $3::jsonb, $4, $5
           WHERE NOT EXISTS (SELECT 1 FROM job_run WHERE schedule_name = $4 AND status IN ('queued', 'running'))
           ON CONFLICT (schedule_name, scheduled_for) WHERE schedule_name IS NOT NULL DO NOTHING
           RETURNING id`,
          [uuidv7(), schedule.job_name, jsonParam(schedule.params), schedule.name, schedule.next_run_at],
        );
        await manager.query(`UPDATE job_schedule SET next_run_at = ${NEXT_RUN_AT}, last_enqueued_at = now() WHERE name = $1`, [schedule.name]);
        if (inserted.length > 0) enqueued++;
        else this.logger.info('Scheduled job skipped: its previous run has not finished', { schedule: schedule.name });
      }
      return enqueued;
    });
  }

  async setEnabled(name: string, enabled: boolean): Promise<boolean> {
    const rows = await queryRows(this.dataSource, `UPDATE job_schedule SET enabled = $2, updated_at = now() WHERE name = $1 RETURNING name`, [name, enabled]);
    return rows.length > 0;
  }

  private async syncOne(jobName: string, spec: JobScheduleSpec): Promise<void> {
    const values = [
      spec.name ?? jobName,
      jobName,
      spec.everySeconds ?? null,
      spec.dailyAt ?? null,
      spec.timeZone ?? DEFAULT_SCHEDULE_TIME_ZONE,
      jsonParam(spec.params ?? {}),
    ];
    const every = `CASE WHEN $3::float8 IS NULL THEN NULL ELSE make_interval(secs => $3::float8) END`;
    await this.dataSource.query(
      `INSERT INTO job_schedule (name, job_name, every, daily_at, time_zone, params)
       VALUES ($1, $2, ${every}, $4::time, $5, $6::jsonb) ON CONFLICT (name) DO NOTHING`,
      values,
    );
    // A changed spec restarts the schedule's clock; an unchanged one keeps its next due time.
    await this.dataSource.query(
      `UPDATE job_schedule SET job_name = $2, every = ${every}, daily_at = $4::time, time_zone = $5, params = $6::jsonb,
         next_run_at = NULL, updated_at = now()
       WHERE name = $1 AND (job_name, every, daily_at, time_zone, params)
         IS DISTINCT FROM ($2, ${every}, $4::time, $5, $6::jsonb)`,
      values,
    );
    await this.dataSource.query(`UPDATE job_schedule SET next_run_at = ${NEXT_RUN_AT} WHERE name = $1 AND next_run_at IS NULL`, [values[0]]);
  }
}
