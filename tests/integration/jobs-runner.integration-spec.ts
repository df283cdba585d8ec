import { DomainError, type JobDefinition } from '@lienthong/platform';
import { scaledMs, waitUntil } from '@lienthong/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { isFinished, JobsTestBed, TEST_ACTOR } from './jobs-support/jobs-test-db';

/**
 * The jobs kit against a real PostgreSQL, with two runners on one database standing in for
 * two replicas of a service (each with its own pool and its own lock connections).
 * Waits are on conditions; their ceilings and the test timeouts are generous and scaled by
 * LT_TEST_TIME_SCALE, so a loaded machine makes this slower, never red.
 */
const SLOW_TEST_MS = scaledMs(120_000);
const SIDE_TABLES = `
  CREATE TABLE test_exec (id bigserial PRIMARY KEY, run_id uuid NOT NULL, job text NOT NULL, runner text NOT NULL,
    started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL DEFAULT clock_timestamp());
`;

describe('JobRunner', () => {
  let bed: JobsTestBed;

  beforeAll(async () => {
    bed = await JobsTestBed.create('jobs', SIDE_TABLES);
  });
  afterAll(async () => {
    await bed?.close();
  });

  /** A job that records which runner executed which run, and when. */
  const recordingJob = (name: string, runner: string, options: Partial<JobDefinition> = {}): JobDefinition => ({
    name,
    ...options,
    async run(ctx) {
      const [{ now }] = await bed.admin.query<{ now: Date }[]>('SELECT clock_timestamp() AS now');
      await sleep(30);
      await bed.admin.query('INSERT INTO test_exec (run_id, job, runner, started_at) VALUES ($1, $2, $3, $4)', [ctx.runId, name, runner, now]);
    },
  });

  const executions = (job: string) =>
    bed.admin.query<{ run_id: string; runner: string; started_at: Date; ended_at: Date }[]>(
      'SELECT run_id, runner, started_at, ended_at FROM test_exec WHERE job = $1 ORDER BY started_at',
      [job],
    );

  it('executes each run exactly once across two runners', async () => {
    const name = 'test.parallel';
    const a = await bed.runner([recordingJob(name, 'a', { exclusive: false })], { concurrency: 3 });
    const b = await bed.runner([recordingJob(name, 'b', { exclusive: false })], { concurrency: 3 });
    const runs = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).enqueue(name, { i }, TEST_ACTOR)));
    await Promise.all(runs.map((run) => bed.waitFor(a, run.id, isFinished)));

    const rows = await executions(name);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.run_id)).size).toBe(30);
    const byRunner = { a: rows.filter((r) => r.runner === 'a').length, b: rows.filter((r) => r.runner === 'b').length };
    expect(byRunner.a + byRunner.b).toBe(30);
    expect(byRunner.a).toBeGreaterThan(0);
    expect(byRunner.b).toBeGreaterThan(0);
    const views = await Promise.all(runs.map((run) => a.get(run.id)));
    expect(views.every((v) => v.status === 'succeeded' && v.attempts === 1)).toBe(true);
  }, SLOW_TEST_MS);

  it('runs an exclusive job one run at a time across runners', async () => {
    const name = 'test.exclusive';
    const a = await bed.runner([recordingJob(name, 'a')], { concurrency: 2 });
    const b = await bed.runner([recordingJob(name, 'b')], { concurrency: 2 });
    const runs = await Promise.all(Array.from({ length: 6 }, () => a.enqueue(name, {}, TEST_ACTOR)));
    await Promise.all(runs.map((run) => bed.waitFor(b, run.id, isFinished)));

    const rows = await executions(name);
    expect(rows).toHaveLength(6);
    for (let i = 1; i < rows.length; i++) expect(rows[i].started_at.getTime()).toBeGreaterThanOrEqual(rows[i - 1].ended_at.getTime());
  }, SLOW_TEST_MS);

  it('shows progress while running and stops a cancelled run at its next check', async () => {
    const job: JobDefinition = {
      name: 'test.slow',
      async run(ctx) {
        for (let done = 0; done < 200 && !ctx.isCancelled(); done++) {
          ctx.reportProgress({ done, total: 200, phase: 'counting', message: `item ${done}` });
          await sleep(10);
        }
      },
    };
    const a = await bed.runner([job]);
    const b = await bed.runner([job]);
    const run = await a.enqueue('test.slow', {}, TEST_ACTOR);

    const running = await bed.waitFor(b, run.id, (v) => v.status === 'running' && (v.progress.done ?? 0) >= 10);
    expect(running.progress).toMatchObject({ total: 200, phase: 'counting' });
    expect(running.progress.message).toMatch(/^item \d+$/);
    expect(running.startedAt).not.toBeNull();

    const asked = await b.cancel(run.id, TEST_ACTOR);
    expect(asked.cancelRequestedAt).not.toBeNull();
    const cancelled = await bed.waitFor(a, run.id, isFinished);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: TEST_ACTOR, requestedBy: TEST_ACTOR });
    // Stopped at a check soon after the request: counted in items (they slow down with the machine),
    // and in wall-clock time scaled like every other ceiling.
    expect(cancelled.progress.done).toBeLessThan(150);
    expect(Date.parse(cancelled.finishedAt ?? '') - Date.parse(asked.cancelRequestedAt ?? '')).toBeLessThan(scaledMs(1_000));

    // A queued run is cancelled at once; a finished one cannot be; twice is a no-op.
    const later = await a.enqueue('test.slow', {}, TEST_ACTOR, { runAt: new Date(Date.now() + 60_000) });
    expect(await a.cancel(later.id, TEST_ACTOR)).toMatchObject({ status: 'cancelled' });
    expect(await a.cancel(later.id, TEST_ACTOR)).toMatchObject({ status: 'cancelled' });
    await expect(a.cancel('0195f0e0-0000-7000-8000-000000000000', TEST_ACTOR)).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
   }, SLOW_TEST_MS);

  it('retries a failing job with backoff, then fails it with its error recorded without secrets', async () => {
    const starts: number[] = [];
    const job: JobDefinition = {
      name: 'test.flaky',
      retry: { maxAttempts: 3, initialDelayMs: 150, maxDelayMs: 1_000 },
      run() {
        starts.push(Date.now());
        return Promise.reject(new Error('row 7 is invalid (postgres://jobs:s3cret@db:5432/x, password=hunter2)'));
      },
    };
    const a = await bed.runner([job]);
    await bed.runner([job]);
    const run = await a.enqueue('test.flaky', {}, TEST_ACTOR);
    const failed = await bed.waitFor(a, run.id, isFinished);

    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.error).toContain('row 7 is invalid');
    expect(failed.error).not.toMatch(/s3cret|hunter2/);
    expect(starts).toHaveLength(3);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(140);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(290);
  }, SLOW_TEST_MS);

  it('fires a schedule once per due time across two runners', async () => {
    const name = 'test.tick';
    const schedules = [{ everySeconds: 1 }];
    await bed.runner([recordingJob(name, 'a', { schedules })]);
    const b = await bed.runner([recordingJob(name, 'b', { schedules })]);
    await bed.admin.query(`UPDATE job_schedule SET next_run_at = now() WHERE name = $1`, [name]);
    // Both runners poll the schedule all along: wait for two due times to have fired, however slow
    // the machine (not for a count within a wall-clock window).
    await waitUntil(async () => (await b.list({ jobName: name })).items.length >= 2, 'two due times of test.tick to fire');

    // Switching off waits for a tick holding the schedule row (FOR UPDATE): no run is added after it.
    await bed.admin.query(`UPDATE job_schedule SET enabled = false WHERE name = $1`, [name]);
    const runs = await b.list({ jobName: name });
    await Promise.all(runs.items.map((run) => bed.waitFor(b, run.id, isFinished)));

    // Correctness: one run per due time (never two for the same scheduledFor), each executed once.
    expect(runs.items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(runs.items.map((r) => r.scheduledFor)).size).toBe(runs.items.length);
    expect((await b.list({ jobName: name })).items.map((r) => r.id).sort()).toEqual(runs.items.map((r) => r.id).sort());
    const executed = await executions(name);
    expect(executed.map((e) => e.run_id).sort()).toEqual(runs.items.map((r) => r.id).sort());
    expect(runs.items.every((r) => r.scheduleName === name && r.requestedBy === null)).toBe(true);
  }, SLOW_TEST_MS);

  it('keeps a daily schedule as data in Asia/Ho_Chi_Minh time, switchable by the operator', async () => {
    const name = 'test.nightly';
    const a = await bed.runner([recordingJob(name, 'a', { schedules: [{ dailyAt: '02:30' }] })]);
    const [row] = await bed.admin.query<{ next_run_at: Date; enabled: boolean }[]>(
      'SELECT next_run_at, enabled FROM job_schedule WHERE name = $1',
      [name],
    );
    expect(row.next_run_at.toISOString()).toMatch(/T19:30:00\.000Z$/); // 02:30 at UTC+7
    expect(row.next_run_at.getTime() - Date.now()).toBeGreaterThan(0);
    expect(row.next_run_at.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    await a.setScheduleEnabled(name, false);
    const [after] = await bed.admin.query<{ enabled: boolean }[]>('SELECT enabled FROM job_schedule WHERE name = $1', [name]);
    expect(after.enabled).toBe(false);
  });

  it('lists runs newest first by job and status, with a cursor', async () => {
    const name = 'test.listed';
    const a = await bed.runner([recordingJob(name, 'a')], { enabled: false });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await a.enqueue(name, { i }, TEST_ACTOR)).id);
    const first = await a.list({ jobName: name, status: 'queued', limit: 3 });
    const second = await a.list({ jobName: name, status: 'queued', limit: 3, cursor: first.nextCursor ?? undefined });
    // Newest first by id (UUID v7: time-ordered to the millisecond; within one, by its random bits).
    const listed = [...first.items, ...second.items].map((v) => v.id);
    expect(listed).toEqual([...ids].sort().reverse());
    expect(second.nextCursor).toBeNull();
    expect(first.items[0]).not.toHaveProperty('checkpoint');
    await expect(a.enqueue('test.unknown', {}, TEST_ACTOR)).rejects.toBeInstanceOf(DomainError);
    expect(() => a.list({ status: 'paused' as never })).toThrow(DomainError);
    await expect(a.list({ cursor: Buffer.from(JSON.stringify(['không phải mã'])).toString('base64url') })).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'cursor', code: 'invalidCursor' }],
    });
    await Promise.all(ids.map((id) => a.cancel(id, TEST_ACTOR)));
  });
});
