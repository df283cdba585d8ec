import { scaledMs } from '@lienthong/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries, type AuditEntry } from './support/audit-trail';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The gateway writes files for at most this many members inside a request (lowered for the test). */
const DIRECT_MAX = 2;

interface ExportView {
  id: string;
  kind: string;
  orgId: string;
  orgName: string;
  status: string;
  rowsWritten: number;
  totalEstimate: number | null;
  fileName: string | null;
  size: number | null;
  error: { code: string; message: string } | null;
  finishedAt: string | null;
  expiresAt: string | null;
}

function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function sheetOf(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book.worksheets[0];
}

/**
 * Large exports as background jobs through the gateway over the real members service, its JobRunner,
 * PostgreSQL and a blob folder: POST /member-exports → 202 + Location → progress → the file (the
 * real .xlsx, downloadable again, audited as the direct download); only the requester sees an export
 * (404 for anyone else); 409 before it is ready; 410 and the blob gone once expired; the direct
 * routes answer 422 above the (lowered) limit; bad input 400 with the fields named.
 */
describe('member exports as background jobs through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let blobDir: string;
  let coSoA: string;
  let chiBoA: string;
  let chiBoSmall: string;
  let officerA: { auth: Record<string, string>; id: string };
  let otherOfficerA: { auth: Record<string, string>; id: string };
  let officerB: { auth: Record<string, string>; id: string };

  const api = () => e2e.http();
  const post = (body: object, who: Record<string, string>) => api().post('/api/v1/member-exports').set(who).send(body);
  const download = (id: string, who: Record<string, string>) => api().get(`/api/v1/member-exports/${id}/file`).set(who).buffer(true).parse(binary);

  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api().post('/api/v1/orgs').set(admin).send({ parentId, name, shortName: `J${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' }).expect(201);
    return (res.body as { id: string }).id;
  }
  async function officer(homeOrgId: string): Promise<{ auth: Record<string, string>; id: string }> {
    const username = `j${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    const created = await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Xuất', homeOrgId, roles: ['organization'], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return { auth: bearer((login.body as { accessToken: string }).accessToken), id: (created.body as { user: { id: string } }).user.id };
  }
  async function member(orgId: string, fullName: string, admitted: string): Promise<void> {
    const tail = String((Date.now() % 1_000_000) * 100 + Math.floor(Math.random() * 100));
    await api()
      .post('/api/v1/members')
      .set(admin)
      .send({ orgId, fullName, sex: 'female', dateOfBirth: '1968-04-02', citizenId: `0021${tail.padStart(8, '0')}`, status: 'official', periods: [{ admissionDecisionDate: admitted, recognitionDate: `${Number(admitted.slice(0, 4)) + 1}${admitted.slice(4)}` }], cards: [] })
      .expect(201);
  }
  async function untilDone(id: string, who: Record<string, string>): Promise<{ last: ExportView; seen: string[] }> {
    const seen: string[] = [];
    const deadline = Date.now() + scaledMs(60_000);
    for (;;) {
      const last = (await api().get(`/api/v1/member-exports/${id}`).set(who).expect(200)).body as ExportView;
      if (seen.at(-1) !== last.status) seen.push(last.status);
      if (last.status !== 'queued' && last.status !== 'running') return { last, seen };
      if (Date.now() > deadline) throw new Error(`export ${id} did not finish: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** The audit entries of a download of export `exportId` on `targetId`, once there are `atLeast`. */
  const auditFor = async (action: string, targetId: string, exportId: string, atLeast = 1) => {
    const ofExport = (found: AuditEntry[]) => found.filter((e) => e.details?.['exportId'] === exportId);
    return ofExport(await auditEntries(e2e, admin, action, targetId, (found) => ofExport(found).length >= atLeast));
  };

  async function membersDb<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: e2e.system.databases.members });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  }

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'lt-e2e-export-jobs-'));
    e2e = await startE2eSystem('export_jobs', { blobDir, gateway: { memberExports: { directMaxMembers: DIRECT_MAX } } });
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Khối các cơ quan Trung ương', 'dang-bo-truc-thuoc-tw');
    coSoA = await org(root, 'Đảng bộ Bộ Tư pháp', 'dang-bo-co-so');
    const coSoB = await org(root, 'Đảng bộ Bộ Y tế', 'dang-bo-co-so');
    chiBoA = await org(coSoA, 'Chi bộ Vụ Pháp chế', 'chi-bo-truc-thuoc');
    chiBoSmall = await org(coSoA, 'Chi bộ Vụ Tổ chức cán bộ', 'chi-bo-truc-thuoc');
    officerA = await officer(coSoA);
    otherOfficerA = await officer(coSoA);
    officerB = await officer(coSoB);
    await member(chiBoA, 'Nguyễn Thị Hằng', '1997-01-10'); // 30 years on 10/01/2027: proposed at 3/2/2027
    await member(chiBoA, 'Trần Văn Bình', '2005-03-01');
    await member(chiBoA, 'Lê Thị Cúc', '2010-06-15');
    await member(chiBoSmall, 'Phạm Văn Dũng', '2001-09-02');
  });

  afterAll(async () => {
    await e2e?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  it('creates a member-list export (202, Location), runs it to succeeded with its progress, serves the real .xlsx as often as asked, audits each download as members.list.export on the org', async () => {
    const created = await post({ kind: 'member-list', orgId: coSoA }, officerA.auth).expect(202);
    const view = created.body as ExportView;
    expect(created.headers['location']).toBe(`/api/v1/member-exports/${view.id}`);
    expect(view).toMatchObject({ kind: 'member-list', orgId: coSoA, orgName: 'Đảng bộ Bộ Tư pháp', status: 'queued', rowsWritten: 0, totalEstimate: 4, fileName: null, error: null });
    const { last, seen } = await untilDone(view.id, officerA.auth);
    expect(seen.at(-1)).toBe('succeeded');
    expect(seen.every((s) => ['queued', 'running', 'succeeded'].includes(s))).toBe(true);
    expect(last).toMatchObject({ rowsWritten: 4, totalEstimate: 4, fileName: 'danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx', size: expect.any(Number) as number });
    expect(Date.parse(last.expiresAt!) - Date.parse(last.finishedAt!)).toBe(24 * 3_600_000);

    for (let i = 0; i < 2; i += 1) {
      const file = await download(view.id, officerA.auth).expect(200);
      expect(file.headers['content-type']).toContain(XLSX);
      expect(file.headers['content-disposition']).toContain("filename*=UTF-8''danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx");
      expect(file.headers['x-row-count']).toBe('4');
      const sheet = await sheetOf(file.body as Buffer);
      expect(sheet.getRow(1).getCell(1).value).toBe('SỔ DANH SÁCH ĐẢNG VIÊN — Đảng bộ Bộ Tư pháp');
      const names = [4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(2).text);
      expect(names.sort()).toEqual(['Lê Thị Cúc', 'Nguyễn Thị Hằng', 'Phạm Văn Dũng', 'Trần Văn Bình']);
    }
    expect(existsSync(join(blobDir, 'member-export-jobs', `${view.id}.xlsx`))).toBe(true); // kept until it expires
    const audited = await auditFor('members.list.export', coSoA, view.id, 2);
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ outcome: 'success', target: { type: 'org', id: coSoA }, details: expect.objectContaining({ rows: 4 }) as unknown });
    const mine = (await api().get('/api/v1/member-exports').set(officerA.auth).expect(200)).body as { items: ExportView[] };
    expect(mine.items[0].id).toBe(view.id);
  });

  it('writes the badge list of an occasion as a job, audited as members.badge-list.export', async () => {
    const created = (await post({ kind: 'badge-list', orgId: coSoA, occasion: '2027-02-03' }, officerA.auth).expect(202)).body as ExportView;
    expect(created).toMatchObject({ kind: 'badge-list', totalEstimate: null });
    const { last } = await untilDone(created.id, officerA.auth);
    expect(last).toMatchObject({ status: 'succeeded', rowsWritten: 1, fileName: 'huy-hieu-dang-2027-02-03-dang-bo-bo-tu-phap.xlsx' });
    const sheet = await sheetOf((await download(created.id, officerA.auth).expect(200)).body as Buffer);
    expect(sheet.getRow(4).getCell(2).value).toBe('Nguyễn Thị Hằng');
    expect(await auditFor('members.badge-list.export', coSoA, created.id)).toHaveLength(1);
  });

  it('shows an export to its requester only: 404 to anyone else (get, file, not in their list); an org outside the scope 404', async () => {
    const { id } = (await post({ kind: 'member-list', orgId: chiBoA }, officerA.auth).expect(202)).body as ExportView;
    await untilDone(id, officerA.auth);
    for (const who of [otherOfficerA.auth, officerB.auth]) {
      expectEnvelope((await api().get(`/api/v1/member-exports/${id}`).set(who).expect(404)).body, 'MEMBERS.EXPORT_NOT_FOUND');
      expectEnvelope((await api().get(`/api/v1/member-exports/${id}/file`).set(who).expect(404)).body, 'MEMBERS.EXPORT_NOT_FOUND');
      const theirs = (await api().get('/api/v1/member-exports').set(who).expect(200)).body as { items: ExportView[] };
      expect(theirs.items.map((e) => e.id)).not.toContain(id);
    }
    expectEnvelope((await api().get(`/api/v1/member-exports/${randomUUID()}`).set(officerA.auth).expect(404)).body, 'MEMBERS.EXPORT_NOT_FOUND');
    expectEnvelope((await post({ kind: 'member-list', orgId: chiBoA }, officerB.auth).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
  });

  it('answers 409 MEMBERS.EXPORT_NOT_READY for a file not written yet (with the rows so far) or of a failed export (with why)', async () => {
    const [waiting, failed] = [randomUUID(), randomUUID()];
    await membersDb(async (db) => {
      const [{ path }] = (await db.query<{ path: string }>(`SELECT path FROM org WHERE id = $1`, [coSoA])).rows;
      const actor = JSON.stringify({ type: 'user', id: officerA.id, name: 'Cán bộ Xuất' });
      await db.query(`INSERT INTO member_export (id, kind, org_id, org_path, status, rows_written, requested_by, language) VALUES ($1, 'member-list', $2, $3, 'running', 1234, $4, 'vi')`, [waiting, coSoA, path, actor]);
      const error = JSON.stringify({ code: 'COMMON.INTERNAL', message: { vi: 'Không xuất được tệp do lỗi hệ thống.', en: 'The file could not be written.' } });
      await db.query(`INSERT INTO member_export (id, kind, org_id, org_path, status, error, requested_by, language) VALUES ($1, 'member-list', $2, $3, 'failed', $4, $5, 'vi')`, [failed, coSoA, path, error, actor]);
    });
    const notYet = expectEnvelope((await api().get(`/api/v1/member-exports/${waiting}/file`).set(officerA.auth).expect(409)).body, 'MEMBERS.EXPORT_NOT_READY');
    expect(notYet.details).toEqual([{ field: 'status', code: 'running', message: expect.stringContaining('đã ghi 1.234 dòng') as string }]);
    const english = await api().get(`/api/v1/member-exports/${waiting}/file`).set(officerA.auth).set('Accept-Language', 'en').expect(409);
    expect(expectEnvelope(english.body, 'MEMBERS.EXPORT_NOT_READY').details?.[0].message).toContain('1,234 rows so far');
    const broken = expectEnvelope((await api().get(`/api/v1/member-exports/${failed}/file`).set(officerA.auth).expect(409)).body, 'MEMBERS.EXPORT_NOT_READY');
    expect(broken.details).toEqual([{ field: 'status', code: 'failed', message: expect.stringContaining('Không xuất được tệp do lỗi hệ thống.') as string }]);
    const view = (await api().get(`/api/v1/member-exports/${failed}`).set(officerA.auth).set('Accept-Language', 'en').expect(200)).body as ExportView;
    expect(view).toMatchObject({ status: 'failed', error: { code: 'COMMON.INTERNAL', message: 'The file could not be written.' } });
  });

  it('answers 410 once the file is past its time, and the expiry job deletes the blob and marks the export expired', async () => {
    const { id } = (await post({ kind: 'member-list', orgId: chiBoSmall }, officerA.auth).expect(202)).body as ExportView;
    await untilDone(id, officerA.auth);
    const blob = join(blobDir, 'member-export-jobs', `${id}.xlsx`);
    expect(existsSync(blob)).toBe(true);
    await membersDb((db) => db.query(`UPDATE member_export SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]));
    expectEnvelope((await api().get(`/api/v1/member-exports/${id}/file`).set(officerA.auth).expect(410)).body, 'MEMBERS.EXPORT_EXPIRED');
    const jobs = e2e.system.services.members!.jobs!;
    const run = await jobs.enqueue('members.export.expire', {}, null);
    for (let i = 0; i < 600 && !['succeeded', 'failed'].includes((await jobs.get(run.id)).status); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect((await jobs.get(run.id)).status).toBe('succeeded');
    expect(((await api().get(`/api/v1/member-exports/${id}`).set(officerA.auth).expect(200)).body as ExportView).status).toBe('expired');
    expect(existsSync(blob)).toBe(false);
    const gone = expectEnvelope((await api().get(`/api/v1/member-exports/${id}/file`).set(officerA.auth).expect(410)).body, 'MEMBERS.EXPORT_EXPIRED');
    expect(gone.message).toContain('24 giờ');
  });

  it('refuses the direct downloads of a subtree above the limit with 422 MEMBERS.EXPORT_TOO_LARGE (saying the count and where to go), serves them below it', async () => {
    for (const path of [`/api/v1/orgs/${coSoA}/member-list.xlsx`, `/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-03`]) {
      const refused = expectEnvelope((await api().get(path).set(officerA.auth).expect(422)).body, 'MEMBERS.EXPORT_TOO_LARGE');
      expect(refused.message).toContain('POST /api/v1/member-exports');
      expect(refused.details).toEqual([{ field: 'orgId', code: 'tooManyMembers', message: expect.stringContaining('có 4 đảng viên, quá 2 để xuất trực tiếp') as string }]);
    }
    const english = await api().get(`/api/v1/orgs/${coSoA}/member-list.xlsx`).set(officerA.auth).set('Accept-Language', 'en').expect(422);
    expect(expectEnvelope(english.body, 'MEMBERS.EXPORT_TOO_LARGE').details?.[0].message).toContain('has 4 members, over 2 for a direct export');
    expectEnvelope((await api().get(`/api/v1/orgs/${coSoA}/member-list.xlsx`).set(officerB.auth).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND'); // scope first
    const small = await api().get(`/api/v1/orgs/${chiBoSmall}/member-list.xlsx`).set(officerA.auth).buffer(true).parse(binary).expect(200);
    expect(small.headers['x-row-count']).toBe('1');
  });

  it('refuses bad input with 400 and the fields named; 401 without a token', async () => {
    const fields = async (body: object) => expectEnvelope((await post(body, officerA.auth).expect(400)).body, 'COMMON.VALIDATION_FAILED').details?.map((d) => d.field);
    expect(await fields({ kind: 'pdf', orgId: coSoA })).toEqual(['kind']);
    expect(await fields({ kind: 'member-list', orgId: 'not-a-uuid' })).toEqual(['orgId']);
    expect(await fields({ kind: 'badge-list', orgId: coSoA })).toEqual(['occasion']);
    expect(await fields({ kind: 'badge-list', orgId: coSoA, occasion: '2027-02-04' })).toEqual(['occasion']); // a day that is no award occasion
    expect(await fields({ kind: 'badge-list', orgId: coSoA, occasion: '2027-02-03', milestone: 33 })).toEqual(['milestone']);
    expect(await fields({ kind: 'member-list', orgId: coSoA, occasion: '2027-02-03' })).toEqual(['occasion']);
    expect(await fields({ kind: 'member-list', orgId: coSoA, extra: 1 })).toEqual(['extra']);
    const missing = expectEnvelope((await post({ kind: 'badge-list', orgId: coSoA }, officerA.auth).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    expect(missing.details?.[0].message).toContain('bắt buộc');
    expectEnvelope((await api().get('/api/v1/member-exports/not-a-uuid').set(officerA.auth).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    const cursor = expectEnvelope((await api().get('/api/v1/member-exports?cursor=abc').set(officerA.auth).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    expect(cursor.details?.[0]).toMatchObject({ field: 'cursor' });
    await api().post('/api/v1/member-exports').send({ kind: 'member-list', orgId: coSoA }).expect(401);
  });
});
