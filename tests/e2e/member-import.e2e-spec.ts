import { scaledMs } from '@lienthong/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { Client } from 'pg';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries } from './support/audit-trail';

interface ImportView {
  id: string;
  status: string;
  fileError: { code: string; message: string } | null;
  rowsParsed: number;
  rowsValid: number;
  rowsInvalid: number;
  rowsCommitted: number;
}
interface RowView {
  rowNumber: number;
  fullName: string | null;
  memberId: string | null;
  errors: { cell: string | null; code: string; message: string }[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const d = (day: number, month: number, year: number) => new Date(Date.UTC(year, month - 1, day));

/** Binary bodies through supertest: collected as a Buffer. */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/**
 * The member import through the gateway over the real members service, its JobRunner and a
 * real blob folder: template download → fill it with exceljs → upload (multipart) → poll the
 * progress → preview errors with cells → commit (twice: same result) → members searchable;
 * the error report and the 7-HSĐV list download; bad files answer clear 4xx and leave nothing;
 * another subtree's officer gets 404.
 */
describe('member import through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let blobDir: string;
  let coSoA: string;
  let chiBoA: string;
  let chiBoB: string;
  let officerA: Record<string, string>;
  let officerB: Record<string, string>;
  let headers: string[];

  const api = () => e2e.http();

  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api().post('/api/v1/orgs').set(admin).send({ parentId, name, shortName: `I${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' }).expect(201);
    return (res.body as { id: string }).id;
  }
  async function userToken(role: string, homeOrgId: string): Promise<Record<string, string>> {
    const username = `n${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Nhập', homeOrgId, roles: [role], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }
  /** A row by header (without " *"), from a valid official member. */
  function row(n: number, overrides: Record<string, ExcelJS.CellValue> = {}): Record<string, ExcelJS.CellValue> {
    return {
      'Họ và tên': `Phạm Thị Nhập ${n}`,
      'Giới tính': 'Nữ',
      'Ngày sinh': d(12, 3, 1985),
      'Số CCCD': String(200_000_000_000 + n).padStart(12, '0'),
      'Ngày quyết định kết nạp': d(15, 5, 2010),
      'Ngày lễ kết nạp': '01/06/2010',
      'Ngày công nhận chính thức': d(1, 6, 2011),
      'Số thẻ đảng viên': String(30_000_000 + n),
      'Ngày cấp thẻ': d(3, 3, 2012),
      'Tình trạng': 'Đảng viên chính thức',
      ...overrides,
    };
  }
  async function workbook(rows: Record<string, ExcelJS.CellValue>[], useHeaders = headers): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đảng viên');
    sheet.addRow(useHeaders);
    for (const r of rows) sheet.addRow(useHeaders.map((h) => r[h.replace(/ \*$/, '')] ?? null));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const upload = (orgId: string, file: Buffer, who = admin, name = 'danh-sách-chi-bộ.xlsx') =>
    api().post(`/api/v1/orgs/${orgId}/member-imports`).set(who).set('Accept-Language', 'vi').attach('file', file, { filename: name, contentType: XLSX });
  async function until(id: string, statuses: string[], who = admin): Promise<ImportView> {
    const deadline = Date.now() + scaledMs(60_000);
    let seen: ImportView | undefined;
    while (Date.now() < deadline) {
      seen = (await api().get(`/api/v1/member-imports/${id}`).set(who).expect(200)).body as ImportView;
      if (statuses.includes(seen.status)) return seen;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`import ${id} never reached ${statuses.join('|')}: ${JSON.stringify(seen)}`);
  }
  const auditFor = (action: string, targetId: string) => auditEntries(e2e, admin, action, targetId);

  async function blobFiles(): Promise<string[]> {
    const dir = join(blobDir, 'member-imports');
    return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.xlsx'));
  }

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'lt-e2e-import-'));
    e2e = await startE2eSystem('member_import', { blobDir });
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Khối các cơ quan Trung ương', 'dang-bo-truc-thuoc-tw');
    coSoA = await org(root, 'Đảng bộ Bộ Tư pháp', 'dang-bo-co-so');
    const coSoB = await org(root, 'Đảng bộ Bộ Y tế', 'dang-bo-co-so');
    chiBoA = await org(coSoA, 'Chi bộ Vụ Pháp chế', 'chi-bo-truc-thuoc');
    chiBoB = await org(coSoB, 'Chi bộ Vụ Kế hoạch', 'chi-bo-truc-thuoc');
    officerA = await userToken('organization', coSoA);
    officerB = await userToken('organization', coSoB);
    const template = await api().get('/api/v1/member-imports/template').set(officerA).buffer(true).parse(binary).expect(200);
    expect(template.headers['content-type']).toContain(XLSX);
    expect(template.headers['content-disposition']).toContain("filename*=UTF-8''mau-nhap-dang-vien.xlsx");
    const sheet = (await loadWorkbook(template.body as Buffer)).worksheets[0];
    headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Họ và tên *', 'Ngày sinh *', 'Số CCCD', 'Tình trạng *']));
  });

  afterAll(async () => {
    await e2e?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  it('uploads the filled template, shows progress and per-row errors with cells, commits once even when asked twice, and the members are searchable', async () => {
    const file = await workbook([
      row(1),
      row(2, { 'Mã tổ chức đảng': chiBoA }),
      row(3, { 'Số CCCD': row(1)['Số CCCD'] }),
      row(4, { 'Ngày sinh': '31/02/1985' }),
      row(5, { 'Mã tổ chức đảng': chiBoB }),
      row(6, { 'Họ và tên': '  Phạm   Thị Nhập 6 '.normalize('NFD') }),
    ]);
    const uploaded = await upload(coSoA, file, officerA).expect(202);
    const id = (uploaded.body as ImportView).id;
    expect(uploaded.headers.location).toBe(`/api/v1/member-imports/${id}`);
    expect(uploaded.body).toMatchObject({ orgId: coSoA, fileName: 'danh-sách-chi-bộ.xlsx', status: expect.stringMatching(/queued|parsing|parsed/) });
    const parsed = await until(id, ['parsed'], officerA);
    expect(parsed).toMatchObject({ rowsParsed: 6, rowsValid: 3, rowsInvalid: 3, rowsCommitted: 0, fileError: null });

    const errors = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ status: 'error' }).set(officerA).expect(200)).body as { items: RowView[] };
    expect(errors.items.map((r) => [r.rowNumber, r.errors.map((e) => `${e.cell}:${e.code}`)])).toEqual([
      [4, ['D4:duplicateInFile']],
      [5, ['C5:isPartyDate']],
      [6, [expect.stringMatching(/:outsideScope$/)]],
    ]);
    expect(errors.items[0].errors[0].message).toBe('D4: trùng với dòng 2 của tệp');
    const duplicates = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ status: 'duplicate' }).set(officerA).expect(200)).body as { items: RowView[] };
    expect(duplicates.items.map((r) => r.rowNumber)).toEqual([4]);
    const firstPage = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ limit: 2 }).set(officerA).expect(200)).body as { items: RowView[]; nextCursor: string };
    expect([firstPage.items.map((r) => r.rowNumber), firstPage.nextCursor]).toEqual([[2, 3], '3']);
    const next = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ limit: 2, cursor: firstPage.nextCursor }).set(officerA).expect(200)).body as { items: RowView[]; nextCursor: string };
    expect(next.items.map((r) => r.rowNumber)).toEqual([4, 5]);
    // The last page is exactly full: no cursor to an empty page after it.
    const lastPage = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ limit: 2, cursor: next.nextCursor }).set(officerA).expect(200)).body as { items: RowView[] };
    expect(lastPage).toEqual({ items: [expect.objectContaining({ rowNumber: 6 }), expect.objectContaining({ rowNumber: 7 })], nextCursor: null });
    const refused = await api().get(`/api/v1/member-imports/${id}/rows`).query({ cursor: 'ba' }).set(officerA).set('Accept-Language', 'vi').expect(400);
    expect(refused.body.details).toEqual([{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }]);
    // nothing on the roll before the commit
    const before = (await api().get('/api/v1/members').query({ orgId: coSoA, q: 'Phạm Thị Nhập' }).set(officerA).expect(200)).body as { items: unknown[] };
    expect(before.items).toEqual([]);

    const report = await api().get(`/api/v1/member-imports/${id}/error-report`).set(officerA).buffer(true).parse(binary).expect(200);
    expect(report.headers['x-row-count']).toBe('3');
    const reportSheet = (await loadWorkbook(report.body as Buffer)).worksheets[0];
    expect(reportSheet.getRow(1).getCell(1).value).toBe('STT');
    expect([reportSheet.getRow(2).getCell(1).value, reportSheet.getRow(2).getCell(2).value]).toEqual([4, 'Phạm Thị Nhập 3']);
    expect(reportSheet.getRow(3).getCell(headers.length + 2).text).toContain('C5');

    const commit = await api().post(`/api/v1/member-imports/${id}/commit`).set(officerA).expect(202);
    expect((commit.body as ImportView).status).toMatch(/committing|committed/);
    const again = await api().post(`/api/v1/member-imports/${id}/commit`).set(officerA).expect(202);
    expect((again.body as ImportView).status).toMatch(/committing|committed/);
    const committed = await until(id, ['committed'], officerA);
    expect(committed).toMatchObject({ rowsCommitted: 3, rowsValid: 3 });
    await api().post(`/api/v1/member-imports/${id}/commit`).set(officerA).expect(202);
    expect(((await api().get(`/api/v1/member-imports/${id}`).set(officerA).expect(200)).body as ImportView).rowsCommitted).toBe(3);

    const found = (await api().get('/api/v1/members').query({ orgId: coSoA, q: 'Pham Thi Nhap' }).set(officerA).expect(200)).body as { items: { fullName: string; orgId: string }[] };
    expect(found.items.map((m) => [m.fullName, m.orgId]).sort()).toEqual([
      ['Phạm Thị Nhập 1', coSoA],
      ['Phạm Thị Nhập 2', chiBoA],
      ['Phạm Thị Nhập 6', coSoA],
    ]);
    const valid = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ status: 'valid' }).set(officerA).expect(200)).body as { items: RowView[] };
    expect(valid.items.every((r) => r.memberId !== null)).toBe(true);

    const list = await api().get(`/api/v1/orgs/${coSoA}/member-list.xlsx`).set(officerA).buffer(true).parse(binary).expect(200);
    expect(list.headers['x-row-count']).toBe('3');
    const listSheet = (await loadWorkbook(list.body as Buffer)).getWorksheet('7-HSĐV')!;
    expect([4, 5, 6].map((r) => listSheet.getRow(r).getCell(2).text).sort()).toEqual(['Phạm Thị Nhập 1', 'Phạm Thị Nhập 2', 'Phạm Thị Nhập 6']);
    // upload, commit and the downloads are in the audit log
    for (const [action, target] of [
      ['members.import.upload', coSoA],
      ['members.import.commit', id],
      ['members.import.error-report-download', id],
      ['members.list.export', coSoA],
    ]) {
      expect(await auditFor(action, target)).toEqual(expect.arrayContaining([expect.objectContaining({ action, outcome: 'success' })]));
    }
    // downloads made for one request are not kept (deleted once the response has gone out)
    const exportsLeft = async () => (await readdir(join(blobDir, 'member-exports')).catch(() => [] as string[])).filter((f) => f.endsWith('.xlsx'));
    const deadline = Date.now() + scaledMs(5_000);
    while ((await exportsLeft()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await exportsLeft()).toEqual([]);
  });

  it('answers 404 to another subtree\'s officer for the import, its rows, commit, error report and the org\'s list; 403 without members:write', async () => {
    const id = ((await upload(chiBoA, await workbook([row(101)]), officerA).expect(202)).body as ImportView).id;
    await until(id, ['parsed'], officerA);
    for (const path of [`/api/v1/member-imports/${id}`, `/api/v1/member-imports/${id}/rows`, `/api/v1/member-imports/${id}/error-report`, `/api/v1/orgs/${chiBoA}/member-list.xlsx`]) {
      const res = await api().get(path).set(officerB).expect(404);
      expect(res.body).toMatchObject({ code: expect.stringMatching(/NOT_FOUND$/) });
    }
    expectEnvelope((await api().post(`/api/v1/member-imports/${id}/commit`).set(officerB).expect(404)).body, 'COMMON.NOT_FOUND');
    expectEnvelope((await upload(chiBoA, await workbook([row(102)]), officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    const office = await userToken('office', coSoA);
    expectEnvelope((await api().post(`/api/v1/member-imports/${id}/commit`).set(office).expect(403)).body, 'COMMON.FORBIDDEN');
    expect(((await api().get(`/api/v1/member-imports/${id}`).set(officerA).expect(200)).body as ImportView).status).toBe('parsed');
  });

  it('refuses bad files with clear 4xx and leaves nothing behind: not an xlsx (415), not multipart (415), wrong headers (400), password-protected (400), no file (400)', async () => {
    const filesBefore = await blobFiles();
    const notXlsx = await upload(coSoA, Buffer.from('Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1980\n'), officerA, 'danh-sach.csv').expect(415);
    expect(expectEnvelope(notXlsx.body, 'COMMON.UNSUPPORTED_MEDIA_TYPE').details).toEqual([{ field: 'file', code: 'notXlsx', message: 'Tệp không phải bảng tính Excel .xlsx.' }]);
    const json = await api().post(`/api/v1/orgs/${coSoA}/member-imports`).set(officerA).send({ file: 'x' }).expect(415);
    expect(expectEnvelope(json.body, 'COMMON.UNSUPPORTED_MEDIA_TYPE').details).toEqual([expect.objectContaining({ field: 'file', code: 'notMultipart' })]);
    const wrong = await upload(coSoA, await workbook([row(201)], ['Họ tên', 'Ngày sinh', 'Ghi chú']), officerA).expect(400);
    const envelope = expectEnvelope(wrong.body, 'COMMON.VALIDATION_FAILED');
    expect(envelope.details).toEqual([expect.objectContaining({ field: 'file', code: 'headers' })]);
    expect(envelope.details?.[0].message).toContain('Dòng tiêu đề (dòng 1) không đúng mẫu');
    expect(envelope.details?.[0].message).toContain('Thiếu cột: Họ và tên');
    const english = await upload(coSoA, await workbook([row(202)], ['Họ tên']), officerA).set('Accept-Language', 'en').expect(400);
    expect(expectEnvelope(english.body, 'COMMON.VALIDATION_FAILED').details?.[0].message).toContain('The header row (row 1) does not match the template');
    // what Excel writes for a password-protected workbook: an OLE compound file, not a zip
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0)]);
    const encrypted = await upload(coSoA, ole, officerA, 'co-mat-khau.xlsx').expect(400);
    expect(expectEnvelope(encrypted.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'file', code: 'encrypted', message: expect.stringContaining('bỏ mật khẩu') })]);
    const none = await api().post(`/api/v1/orgs/${coSoA}/member-imports`).set(officerA).field('note', 'x').expect(400);
    expect(expectEnvelope(none.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'file', code: 'required' })]);
    expect(await blobFiles()).toEqual(filesBefore);
  });

  it('refuses a header-only file at upload (400), reads d/m/yyyy typed as text as a date', async () => {
    const empty = await upload(coSoA, await workbook([]), officerA).expect(400);
    expect(expectEnvelope(empty.body, 'COMMON.VALIDATION_FAILED').details?.[0]).toMatchObject({ code: 'empty' });
    const textDate = ((await upload(coSoA, await workbook([row(301, { 'Ngày sinh': '7/4/1979' })]), officerA).expect(202)).body as ImportView).id;
    expect(await until(textDate, ['parsed'], officerA)).toMatchObject({ rowsValid: 1, rowsInvalid: 0 });
  });

  it('answers 409 to a commit or error report of an import whose file was refused while read, 400 for a bad id or filter, 404 for an unknown import', async () => {
    const db = new Client({ connectionString: e2e.system.databases.members });
    await db.connect();
    let failedId: string;
    try {
      // as the parse job leaves a file of more than 200 000 rows (too slow to write here)
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO member_import (id, org_id, org_path, file_name, blob_key, blob_size, language, status, file_error, requested_by)
         SELECT gen_random_uuid(), o.id, o.path, 'qua-lon.xlsx', 'member-imports/00000000-0000-7000-8000-000000000002.xlsx', 1, 'vi', 'failed',
                '{"code":"tooManyRows","message":{"vi":"Tệp có hơn 200.000 dòng dữ liệu.","en":"The file has more than 200,000 data rows."}}', '{"type":"user","id":"u","name":"Cán bộ"}'
           FROM org o WHERE o.id = $1 RETURNING id`,
        [coSoA],
      );
      failedId = rows[0].id;
    } finally {
      await db.end();
    }
    const failed = (await api().get(`/api/v1/member-imports/${failedId}`).set(officerA).set('Accept-Language', 'en').expect(200)).body as ImportView;
    expect(failed).toMatchObject({ status: 'failed', fileError: { code: 'tooManyRows', message: 'The file has more than 200,000 data rows.' } });
    expectEnvelope((await api().post(`/api/v1/member-imports/${failedId}/commit`).set(officerA).expect(409)).body, 'COMMON.CONFLICT');
    expectEnvelope((await api().get(`/api/v1/member-imports/${failedId}/error-report`).set(officerA).expect(409)).body, 'COMMON.CONFLICT');
    await api().get('/api/v1/member-imports/not-a-uuid').set(officerA).expect(400);
    await api().get(`/api/v1/member-imports/${randomUUID()}/rows`).query({ status: 'maybe' }).set(officerA).expect(400);
    expectEnvelope((await api().get(`/api/v1/member-imports/${randomUUID()}`).set(officerA).expect(404)).body, 'COMMON.NOT_FOUND');
  });

});
