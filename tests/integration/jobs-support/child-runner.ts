import { CreateJobTables1795700000300, createDataSource, JobRunner, JsonLogger } from '@lienthong/platform';
import { importJob } from './test-jobs';

/** A runner in its own process, so that the crash test can SIGKILL it mid-run. */
async function main(): Promise<void> {
  const url = process.env.JOBS_TEST_DB_URL;
  if (!url) throw new Error('JOBS_TEST_DB_URL is not set');
  const dataSource = createDataSource({ service: 'jobs_test', url, entities: [], migrations: [CreateJobTables1795700000300], poolSize: 3 });
  await dataSource.initialize();
  const runner = new JobRunner({
    dataSource,
    service: 'jobs-test',
    logger: new JsonLogger({ app: 'jobs-child' }, 'error', (line) => process.stderr.write(line + '\n')),
    jobs: [importJob],
    settings: { pollIntervalMs: 50, heartbeatIntervalMs: 100, staleAfterMs: 300, progressIntervalMs: 50, runnerId: 'child' },
  });
  await runner.start();
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
