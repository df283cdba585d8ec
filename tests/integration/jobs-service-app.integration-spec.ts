import { QUEUE_GROUPS, SUBJECTS } from '@lienthong/contracts';
import { InProcessTransport, JobRunner, createServiceApp, type JobDefinition, type RunningService } from '@lienthong/platform';
import { testRuntime } from '@lienthong/testing';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { isFinished, JobsTestBed, jobsDataSource, TEST_ACTOR } from './jobs-support/jobs-test-db';

/**
 * createServiceApp with `jobs`: the runner starts with the app, a feature module injects it to
 * register its own job and enqueue runs, and `close()` stops it before the database closes.
 */
const ran: string[] = [];

const fromOptions: JobDefinition = {
  name: 'test.from-options',
  run: (ctx) => Promise.resolve(void ran.push(`options:${ctx.actor.id}`)),
};

@Module({})
class FeatureWithJobs implements OnModuleInit {
  constructor(@Inject(JobRunner) private readonly jobs: JobRunner) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'test.from-module', run: (ctx) => Promise.resolve(void ran.push(`module:${ctx.requestedBy?.id}`)) });
  }
}

describe('createServiceApp with jobs', () => {
  let bed: JobsTestBed;
  let service: RunningService;

  beforeAll(async () => {
    bed = await JobsTestBed.create('jobs_app');
    const transport = new InProcessTransport({ subjectPrefix: `jobs-app-${process.pid}` });
    service = await createServiceApp({
      name: 'jobs_app',
      queue: QUEUE_GROUPS.documents,
      healthSubject: SUBJECTS.documents.health,
      featureModule: FeatureWithJobs,
      dataSource: jobsDataSource(bed.database.url),
      runtime: testRuntime(transport),
      jobs: [fromOptions],
      jobSettings: { pollIntervalMs: 50, heartbeatIntervalMs: 100, staleAfterMs: 300 },
    });
  });
  afterAll(async () => {
    await service?.close();
    await bed?.close();
  });

  it('runs jobs given in the options and jobs a feature module registers, as the system actor', async () => {
    const runner = service.app.get(JobRunner);
    expect(service.jobs).toBe(runner);
    expect(runner.jobNames().sort()).toEqual(['test.from-module', 'test.from-options']);

    const a = await runner.enqueue('test.from-options', {}, null);
    const b = await runner.enqueue('test.from-module', {}, TEST_ACTOR);
    await bed.waitFor(runner, a.id, isFinished);
    await bed.waitFor(runner, b.id, isFinished);
    expect(ran.sort()).toEqual([`module:${TEST_ACTOR.id}`, 'options:system:jobs_app']);
  });
});
