import { CreateJobTables1795700000300, createDataSource, JobRunner, JsonLogger, runMigrations, type JobDefinition, type JobRunnerSettings, type JobRunView } from '@lienthong/platform';
import { createTestDatabase, scaledMs, type TestDatabase } from '@lienthong/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

/** Fast clocks for tests: a dead runner's run is picked up within a few hundred milliseconds. */
export const FAST_SETTINGS: Partial<JobRunnerSettings> = {
  pollIntervalMs: 50,
  heartbeatIntervalMs: 100,
  staleAfterMs: 300,
  progressIntervalMs: 50,
  stopGraceMs: 2_000,
};

export const TEST_ACTOR = { type: 'user' as const, id: 'u-officer-1', name: 'Nguyễn Văn An' };

/** Error lines the runners logged, so a failing test can show them. */
export const loggedErrors: string[] = [];
const logger = new JsonLogger({ app: 'jobs-test' }, 'error', (line) => loggedErrors.push(line));

export function jobsDataSource(url: string): DataSource {
  return createDataSource({ service: 'jobs_test', url, entities: [], migrations: [CreateJobTables1795700000300], poolSize: 4 });
}

/** A database with the job tables (and the test jobs' own tables), plus a handle to open "replicas". */
export class JobsTestBed {
  private readonly runners: JobRunner[] = [];
  private readonly sources: DataSource[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly admin: DataSource,
  ) {}

  static async create(label: string, extraSql = ''): Promise<JobsTestBed> {
    const database = await createTestDatabase(label);
    const admin = jobsDataSource(database.url);
    await admin.initialize();
    await runMigrations(admin, 'jobs_test', logger);
    if (extraSql) await admin.query(extraSql);
    return new JobsTestBed(database, admin);
  }

  /** A runner with its own connection pool, as a separate replica would have. */
  async runner(jobs: JobDefinition<unknown, unknown>[], settings: Partial<JobRunnerSettings> = {}): Promise<JobRunner> {
    const dataSource = jobsDataSource(this.database.url);
    await dataSource.initialize();
    this.sources.push(dataSource);
    const runner = new JobRunner({ dataSource, service: 'jobs-test', logger, jobs, settings: { ...FAST_SETTINGS, ...settings } });
    this.runners.push(runner);
    await runner.start();
    return runner;
  }

  /** Polls the run until `done`; the ceiling (scaled by LT_TEST_TIME_SCALE) only turns a hang into a message. */
  async waitFor(runner: JobRunner, id: string, done: (view: JobRunView) => boolean, ceilingMs = 60_000): Promise<JobRunView> {
    const until = Date.now() + scaledMs(ceilingMs);
    for (;;) {
      const view = await runner.get(id);
      if (done(view)) return view;
      if (Date.now() > until) throw new Error(`Timed out waiting on run ${id}: ${JSON.stringify(view)}\n${loggedErrors.join('\n')}`);
      await sleep(20);
    }
  }

  /** Stops every runner opened so far, so that the next test's runs are claimed only by its own runners. */
  async stopRunners(): Promise<void> {
    await Promise.all(this.runners.splice(0).map((r) => r.stop()));
  }

  async close(): Promise<void> {
    await this.stopRunners();
    await Promise.all([...this.sources, this.admin].map((s) => s.destroy()));
    await this.database.drop();
  }
}

export const isFinished = (view: JobRunView): boolean => ['succeeded', 'failed', 'cancelled'].includes(view.status);
