import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isFinished, JobsTestBed, loggedErrors, TEST_ACTOR } from './jobs-support/jobs-test-db';
import { importJob, TEST_JOB_TABLES } from './jobs-support/test-jobs';

/**
 * A runner is killed with SIGKILL in the middle of a resumable import; another runner picks
 * the run up (the dead session's advisory lock is gone, its heartbeat stale) and resumes from
 * the last checkpoint. Each chunk's writes commit with its checkpoint, so every item's side
 * effect is committed exactly once across both runners.
 */
const SUPPORT = join(__dirname, 'jobs-support');
const TOTAL = 400;
const CHUNK = 10;

function startChildRunner(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', join(SUPPORT, 'register-ts.cjs'), join(SUPPORT, 'child-runner.ts')], {
    env: { ...process.env, JOBS_TEST_DB_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`child runner exited (${code}): ${stderr}`)));
  });
}

describe('JobRunner after a runner is killed (SIGKILL)', () => {
  let bed: JobsTestBed;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    bed = await JobsTestBed.create('jobs_crash', TEST_JOB_TABLES);
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await bed?.close();
  });

  it('resumes from the last checkpoint in another runner; every item applied exactly once', async () => {
    const api = await bed.runner([importJob], { enabled: false });
    const run = await api.enqueue('test.import', { total: TOTAL, chunk: CHUNK, delayMs: 15 }, TEST_ACTOR);

    child = await startChildRunner(bed.database.url);
    const midRun = await bed.waitFor(api, run.id, (v) => v.status === 'running' && (v.progress.done ?? 0) >= 100);
    expect(midRun.attempts).toBe(1);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const [{ checkpoint: atKill }] = await bed.admin.query<{ checkpoint: { next: number } }[]>('SELECT checkpoint FROM job_run WHERE id = $1', [run.id]);
    expect(atKill.next).toBeGreaterThanOrEqual(100);
    expect(atKill.next).toBeLessThan(TOTAL);

    // The survivor: a second runner that was not there when the run started.
    const survivor = await bed.runner([importJob]);
    const done = await bed.waitFor(survivor, run.id, isFinished, 10_000);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2, progress: { done: TOTAL, total: TOTAL } });

    const [counts] = await bed.admin.query<{ effects: number; items: number; distinct_items: number; max_per_item: number }[]>(
      `SELECT (SELECT count(*)::int FROM test_effect_log) AS effects,
              (SELECT count(*)::int FROM test_item) AS items,
              (SELECT count(DISTINCT item)::int FROM test_effect_log) AS distinct_items,
              (SELECT max(n)::int FROM (SELECT count(*) AS n FROM test_effect_log GROUP BY item) x) AS max_per_item`,
    );
    expect(counts).toEqual({ effects: TOTAL, items: TOTAL, distinct_items: TOTAL, max_per_item: 1 });

    // The first attempt did exactly the items before the checkpoint; the second started right there.
    const [split] = await bed.admin.query<{ first_max: number; second_min: number }[]>(
      `SELECT (SELECT max(item) FROM test_effect_log WHERE attempt = 1) AS first_max,
              (SELECT min(item) FROM test_effect_log WHERE attempt = 2) AS second_min`,
    );
    expect(split).toEqual({ first_max: atKill.next - 1, second_min: atKill.next });
    process.stdout.write(`[jobs crash] killed at checkpoint ${atKill.next}/${TOTAL}; resumed at ${split.second_min}; side effects ${counts.effects}, max per item ${counts.max_per_item}\n`);
    expect(loggedErrors.filter((line) => line.includes('test.import'))).toEqual([]);
  });

  it('stops a run whose lock connection was cut; it resumes from its checkpoint, still exactly once per item', async () => {
    // The previous test's survivor would otherwise race this test's runner for the new run.
    await bed.stopRunners();
    await bed.admin.query('TRUNCATE test_item, test_effect_log');
    const cut = await bed.runner([importJob], { runnerId: 'cut-off' });
    const run = await cut.enqueue('test.import', { total: TOTAL, chunk: CHUNK, delayMs: 15 }, TEST_ACTOR);
    await bed.waitFor(cut, run.id, (v) => v.status === 'running' && (v.progress.done ?? 0) >= 50);

    // As if the network between this runner and PostgreSQL broke: its lock session ends.
    const ended = await bed.admin.query<{ ok: boolean }[]>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'lienthong-job-cut-off'`,
    );
    expect(ended).toEqual([{ ok: true }]);
    await sleep(200);
    expect(cut.runningRunIds()).toEqual([]);

    const survivor = await bed.runner([importJob], { runnerId: 'survivor' });
    const done = await bed.waitFor(survivor, run.id, isFinished, 10_000);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
    const [counts] = await bed.admin.query<{ effects: number; max_per_item: number }[]>(
      `SELECT count(*)::int AS effects, (SELECT max(n)::int FROM (SELECT count(*) AS n FROM test_effect_log GROUP BY item) x) AS max_per_item
       FROM test_effect_log`,
    );
    expect(counts).toEqual({ effects: TOTAL, max_per_item: 1 });
  });
});
