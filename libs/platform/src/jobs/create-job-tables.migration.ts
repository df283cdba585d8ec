import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jobs kit's tables, created in each service's own database: every service adds this
 * class to its migration list (the name and timestamp are stable; change the schema only in
 * a new class).
 *
 * `job_run`: one row per run. `lease` is the fencing token: it grows on every claim, and every
 * write a runner makes is conditioned on it, so a runner that lost the run can no longer write.
 * `attempts` counts starts (crashes included) against the job's maximum.
 * `job_schedule`: schedules as data; `enabled` is the operator's switch.
 */
export class CreateJobTables1795700000300 implements MigrationInterface {
  name = 'CreateJobTables1795700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_run (
        id uuid PRIMARY KEY,
        job_name text NOT NULL CHECK (job_name ~ '^[a-z][a-z0-9.-]{1,99}$'),
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        progress jsonb NOT NULL DEFAULT '{}'::jsonb,
        checkpoint jsonb NULL,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        lease int NOT NULL DEFAULT 0 CHECK (lease >= 0),
        error text NULL CHECK (char_length(error) <= 2000),
        requested_by jsonb NULL,
        cancelled_by jsonb NULL,
        owner_org_id uuid NULL,
        schedule_name text NULL,
        runner_id text NULL,
        scheduled_for timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        heartbeat_at timestamptz NULL,
        finished_at timestamptz NULL,
        cancel_requested_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_run_finished_check CHECK ((status IN ('succeeded', 'failed', 'cancelled')) = (finished_at IS NOT NULL))
      )`);
    // The runner's poll: due queued runs, and running runs whose heartbeat went stale.
    await q.query(`CREATE INDEX job_run_queued_idx ON job_run (scheduled_for) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX job_run_running_idx ON job_run (heartbeat_at) WHERE status = 'running'`);
    // Listing, newest first (ids are UUID v7), by job and by status.
    await q.query(`CREATE INDEX job_run_name_idx ON job_run (job_name, id)`);
    await q.query(`CREATE INDEX job_run_status_idx ON job_run (status, id)`);
    // A schedule enqueues each due time once, whichever replica's scheduler gets there first.
    await q.query(`
      CREATE UNIQUE INDEX job_run_schedule_uq ON job_run (schedule_name, scheduled_for)
      WHERE schedule_name IS NOT NULL`);
    // Retention of finished runs.
    await q.query(`CREATE INDEX job_run_finished_idx ON job_run (finished_at) WHERE finished_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE job_schedule (
        name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9.:-]{1,119}$'),
        job_name text NOT NULL,
        every interval NULL CHECK (every >= interval '1 second'),
        daily_at time NULL,
        time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        enabled boolean NOT NULL DEFAULT true,
        next_run_at timestamptz NULL,
        last_enqueued_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_schedule_one_kind_check CHECK ((every IS NULL) <> (daily_at IS NULL))
      )`);
    await q.query(`CREATE INDEX job_schedule_due_idx ON job_schedule (next_run_at) WHERE enabled`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_schedule`);
    await q.query(`DROP TABLE job_run`);
  }
}
