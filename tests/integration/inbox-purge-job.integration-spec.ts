import { CreateEventInbox1796000000000, inboxPurgeJob, INBOX_PURGE_JOB } from '@lienthong/platform';
import { isFinished, JobsTestBed, TEST_ACTOR } from './jobs-support/jobs-test-db';

/** The nightly inbox purge as a job: old inbox rows go, recent ones (still redeliverable) stay. */
describe('inbox purge job', () => {
  let bed: JobsTestBed;

  beforeAll(async () => {
    bed = await JobsTestBed.create('inbox_purge');
    const queryRunner = bed.admin.createQueryRunner();
    await new CreateEventInbox1796000000000().up(queryRunner);
    await queryRunner.release();
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('deletes inbox rows older than the retention and keeps the rest', async () => {
    const insert = (id: string, age: string) =>
      bed.admin.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type, aggregate_id, aggregate_version, applied_at)
         VALUES ('documents-org-replica', $1::uuid, 'members.org.created.v1', $1::text, 1, now() - $2::interval)`,
        [id, age],
      );
    await insert('01900000-0000-7000-8000-000000000001', '45 days');
    await insert('01900000-0000-7000-8000-000000000002', '31 days');
    await insert('01900000-0000-7000-8000-000000000003', '1 day');

    const runner = await bed.runner([inboxPurgeJob(bed.admin)]);
    const run = await runner.enqueue(INBOX_PURGE_JOB, {}, TEST_ACTOR);
    const done = await bed.waitFor(runner, run.id, isFinished);

    expect(done.status).toBe('succeeded');
    expect(done.progress).toMatchObject({ done: 2, message: '2 inbox rows purged' });
    const left = await bed.admin.query<{ event_id: string }[]>('SELECT event_id FROM inbox ORDER BY event_id');
    expect(left.map((r) => r.event_id)).toEqual(['01900000-0000-7000-8000-000000000003']);
  });

  it('is scheduled nightly', () => {
    expect(inboxPurgeJob(bed.admin).schedules).toEqual([{ dailyAt: '03:00' }]);
  });
});
