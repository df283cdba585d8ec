import type { OrgDto } from '@lienthong/contracts';
import { FsBlobStore, JobRunner, JobStoppedError, JsonLogger, uuidv7, type BlobRef, type CallContext, type JobRunView, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { createMembersDataSource } from '../database/data-source';
import { officialMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { jobRunFinished } from '../testing/job-run-finished';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { exportBlobKey } from './export-file-writer';
import { expireMemberExports } from './expire-member-exports.job';
import { findExport, insertExport, type MemberExportParams } from './member-export-records';
import { MEMBER_EXPORT_MAX_ATTEMPTS, RUN_MEMBER_EXPORT_JOB, runMemberExport, runMemberExportJob } from './run-member-export.job';

const ACTOR = { type: 'user' as const, id: uuidv7(), name: 'Trần Thị Xuất Tệp' };
const GENERATED = 4_500;

/** Accepts the whole file, then fails: the writer's cleanup must delete what was stored. */
class FailingBlobStore extends FsBlobStore {
  override async put(key: string, body: Readable | Buffer, contentType: string): Promise<BlobRef> {
    await super.put(key, body, contentType);
    throw new Error('blob store: disk full');
  }
}

/**
 * Background exports on a real PostgreSQL through the real jobs kit and a blob folder: the member
 * list of a subtree in pages with its progress, the badge list of an occasion, a failure (partial file
 * deleted; queued again before the last attempt, failed with a Vietnamese/English reason after it),
 * a cancellation, and the expiry of files past their 24 hours (blob deleted, status expired).
 */
describe('member exports as background jobs', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let runner: JobRunner;
  let blobs: FsBlobStore;
  let blobDir: string;
  let unit: OrgDto;
  let cell: OrgDto;
  const logged: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('members_export_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    const system = (): CallContext => signedContext();
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    const root = await make.root();
    unit = await make.coSo(root, 'Đảng bộ Bộ Tư pháp');
    cell = await make.chiBo(unit, 'Chi bộ Vụ Pháp chế');
    // 30 years of party age on 10/01/2027: proposed at 3/2/2027.
    await new MembersTestClient(transport, system).create(officialMember(cell.id, { fullName: 'Nguyễn Thị Hằng', periods: [{ admissionDecisionDate: '1997-01-10', recognitionDate: '1998-01-10' }] }));
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    await ds.query(
      `INSERT INTO party_member (id, full_name, full_name_folded, aliases, sex, date_of_birth, citizen_id, languages, status, status_since,
                                 first_admission_date, party_age_since, org_id, org_path, version, created_at, updated_at)
       SELECT gen_random_uuid(), 'Đảng Viên Thử ' || i, 'dang vien thu ' || i, '{}', 'male', date '1980-01-01', '09' || lpad(i::text, 10, '0'), '{}',
              'official', date '2015-01-01', date '2014-01-01', date '2014-01-01', o.id, o.path, 1, now(), now()
         FROM generate_series(1, $2::int) AS g(i) JOIN org o ON o.id = $1`,
      [cell.id, GENERATED],
    );
    blobDir = await mkdtemp(join(tmpdir(), 'lt-export-jobs-'));
    blobs = new FsBlobStore(blobDir);
    const logger = new JsonLogger({ app: 'export-test' }, 'error', (line) => logged.push(line));
    runner = new JobRunner({ dataSource: ds, service: 'members', logger, settings: { pollIntervalMs: 50, progressIntervalMs: 50 } });
    runner.register(runMemberExportJob(ds, blobs, { progressIntervalMs: 0 }));
    await runner.start();
  });

  afterAll(async () => {
    await runner?.stop();
    await ds?.destroy();
    await app?.close();
    await transport?.close();
    await db?.drop();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  const finished = (run: JobRunView): Promise<JobRunView> => jobRunFinished(runner, run, logged);

  async function newExport(kind: 'member-list' | 'badge-list', org: OrgDto, params: MemberExportParams = {}, totalEstimate: number | null = null): Promise<string> {
    const id = uuidv7();
    const [{ path }] = await ds.query<{ path: string }[]>(`SELECT path FROM org WHERE id = $1`, [org.id]);
    await insertExport(ds.manager, { id, kind, orgId: org.id, orgPath: path, params, totalEstimate, requestedBy: ACTOR, language: 'vi' });
    return id;
  }

  const sheetOf = async (key: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(blobDir, key))) as unknown as ArrayBuffer);
    return book.worksheets[0];
  };

  it('writes the subtree\'s 7-HSĐV list page by page, its progress kept, then succeeded with the file, its size and its expiry', async () => {
    const id = await newExport('member-list', unit, {}, GENERATED + 1);
    const seen = new Set<number>();
    const run = await runner.enqueue(RUN_MEMBER_EXPORT_JOB, { exportId: id }, ACTOR, { ownerOrgId: unit.id });
    const watching = (async () => {
      for (let view = await findExport(ds.manager, id); view && view.status !== 'succeeded' && view.status !== 'failed'; view = await findExport(ds.manager, id)) {
        seen.add(view.rowsWritten);
        await sleep(2);
      }
    })();
    expect([(await finished(run)).status, (await runner.get(run.id)).progress]).toEqual(['succeeded', expect.objectContaining({ done: GENERATED + 1, total: GENERATED + 1 })]);
    await watching;
    const done = (await findExport(ds.manager, id))!;
    expect(done).toMatchObject({ status: 'succeeded', rowsWritten: GENERATED + 1, totalEstimate: GENERATED + 1, fileName: 'danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx', blobKey: exportBlobKey(id) });
    expect(Date.parse(done.expiresAt!) - Date.parse(done.finishedAt!)).toBe(24 * 3_600_000);
    expect(done.size).toBeGreaterThan(100_000);
    // Seen while running: whole pages only (2 000 rows each), at least one before the end.
    expect([...seen].filter((n) => n !== 0 && n % 2_000 !== 0 && n !== GENERATED + 1)).toEqual([]);
    expect([...seen].some((n) => n > 0 && n <= GENERATED)).toBe(true);
    const sheet = await sheetOf(done.blobKey!);
    expect(sheet.name).toBe('7-HSĐV');
    expect(sheet.getRow(1).getCell(1).value).toBe('SỔ DANH SÁCH ĐẢNG VIÊN — Đảng bộ Bộ Tư pháp');
    expect(sheet.rowCount).toBe(GENERATED + 1 + 3);
  });

  it('writes the badge list of an occasion in the export\'s language (no total known ahead)', async () => {
    const id = await newExport('badge-list', unit, { occasion: '2027-02-03' });
    expect((await finished(await runner.enqueue(RUN_MEMBER_EXPORT_JOB, { exportId: id }, ACTOR))).status).toBe('succeeded');
    const done = (await findExport(ds.manager, id))!;
    expect(done).toMatchObject({ status: 'succeeded', rowsWritten: 1, totalEstimate: null, fileName: 'huy-hieu-dang-2027-02-03-dang-bo-bo-tu-phap.xlsx' });
    const sheet = await sheetOf(done.blobKey!);
    expect(sheet.getRow(4).getCell(2).value).toBe('Nguyễn Thị Hằng');
    expect(sheet.getRow(4).getCell(8).value).toBe('Đủ tuổi Đảng');
  });

  describe('a run that fails or is stopped', () => {
    const failing = () => new FailingBlobStore(blobDir);
    const ctx = (exportId: string, attempt: number, signal = new AbortController().signal) => ({
      params: { exportId },
      attempt,
      signal,
      throwIfCancelled: () => {
        if (signal.aborted) throw signal.reason as Error;
      },
      reportProgress: () => undefined,
    });

    it('deletes the partial file and waits for the next attempt, then after the last one is failed with its reason in both languages', async () => {
      const id = await newExport('member-list', cell);
      await expect(runMemberExport(ds, failing(), ctx(id, 1))).rejects.toThrow('disk full');
      expect(await findExport(ds.manager, id)).toMatchObject({ status: 'queued', rowsWritten: 0, error: null });
      expect(existsSync(join(blobDir, exportBlobKey(id)))).toBe(false);
      await expect(runMemberExport(ds, failing(), ctx(id, MEMBER_EXPORT_MAX_ATTEMPTS))).rejects.toThrow('disk full');
      const failed = (await findExport(ds.manager, id))!;
      expect(failed).toMatchObject({ status: 'failed', blobKey: null, error: { code: 'COMMON.INTERNAL', message: { vi: expect.stringContaining('Không xuất được tệp'), en: expect.stringContaining('could not be written') } } });
      expect(failed.finishedAt).not.toBeNull();
      expect(existsSync(join(blobDir, exportBlobKey(id)))).toBe(false);
      await runMemberExport(ds, blobs, ctx(id, 1)); // a late run of a failed export does nothing
      expect(await findExport(ds.manager, id)).toMatchObject({ status: 'failed' });
    });

    it('hands a run stopped by a shutdown back (queued), and fails one cancelled through the jobs API; no file left', async () => {
      for (const [reason, status] of [['shutdown', 'queued'], ['cancelled', 'failed']] as const) {
        const id = await newExport('member-list', unit);
        const stop = new AbortController();
        stop.abort(new JobStoppedError(reason));
        await expect(runMemberExport(ds, blobs, ctx(id, 1, stop.signal))).rejects.toBeInstanceOf(JobStoppedError);
        expect((await findExport(ds.manager, id))?.status).toBe(status);
        expect(existsSync(join(blobDir, exportBlobKey(id)))).toBe(false);
      }
    });
  });

  it('expires files past their time (blob deleted, status expired, key cleared), leaves newer ones, fails exports whose run was lost, and deletes records ended over 90 days ago', async () => {
    const old = await newExport('badge-list', cell, { occasion: '2027-02-03' });
    const fresh = await newExport('badge-list', cell, { occasion: '2027-02-03' });
    for (const id of [old, fresh]) expect((await finished(await runner.enqueue(RUN_MEMBER_EXPORT_JOB, { exportId: id }, ACTOR))).status).toBe('succeeded');
    await ds.query(`UPDATE member_export SET expires_at = now() - interval '1 minute' WHERE id = $1`, [old]);
    const lost = await newExport('member-list', cell);
    await ds.query(`UPDATE member_export SET created_at = now() - interval '2 hours' WHERE id = $1`, [lost]);
    // Ended more than 90 days ago: the record goes too; one ended 89 days ago stays listed.
    const ancient = await newExport('member-list', cell);
    const recent = await newExport('member-list', cell);
    await ds.query(`UPDATE member_export SET status = 'expired', blob_key = NULL, finished_at = now() - interval '91 days' WHERE id = $1`, [ancient]);
    await ds.query(`UPDATE member_export SET status = 'failed', finished_at = now() - interval '89 days' WHERE id = $1`, [recent]);
    const progress: unknown[] = [];
    const expired = await expireMemberExports(ds, blobs, { throwIfCancelled: () => undefined, reportProgress: (p) => progress.push(p) });
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(await findExport(ds.manager, old)).toMatchObject({ status: 'expired', blobKey: null, fileName: expect.stringMatching(/\.xlsx$/) });
    expect(existsSync(join(blobDir, exportBlobKey(old)))).toBe(false);
    expect(await findExport(ds.manager, fresh)).toMatchObject({ status: 'succeeded', blobKey: exportBlobKey(fresh) });
    expect(existsSync(join(blobDir, exportBlobKey(fresh)))).toBe(true);
    expect(await findExport(ds.manager, lost)).toMatchObject({ status: 'failed', error: { code: 'COMMON.INTERNAL', message: { vi: expect.stringContaining('gián đoạn') } } });
    expect(await findExport(ds.manager, ancient)).toBeUndefined();
    expect(await findExport(ds.manager, recent)).toMatchObject({ status: 'failed' });
    expect(progress.at(-1)).toMatchObject({ phase: 'done', message: expect.stringContaining('1 lost exports failed, 1 old records deleted') });
  });
});
