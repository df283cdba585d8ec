import { scaledMs } from '@lienthong/testing';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Response } from 'supertest';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries } from './support/audit-trail';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function sheetText(buffer: Buffer): Promise<{ sheet: ExcelJS.Worksheet; text: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const lines: string[] = [];
  // One value per merged range (its master cell), empty cells kept: "label | value".
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.master.address === cell.address) cells.push(cell.text);
    });
    lines.push(cells.join(' | '));
  });
  return { sheet, text: lines.join('\n') };
}

interface PdfRead {
  pages: number;
  text: string;
  fonts: string[];
}

/** The PDF read back by pdfjs-dist in a child process (ESM-only library). */
async function readPdf(buffer: Buffer, dir: string): Promise<PdfRead> {
  const path = join(dir, `${randomUUID()}.pdf`);
  await writeFile(path, buffer);
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'member-export-pdf-text.mjs'), path], { maxBuffer: 10_000_000 });
  return JSON.parse(stdout) as PdfRead;
}

/**
 * Printed forms through the gateway over the real members service and a real blob folder: a
 * member's record sheet as .xlsx and PDF (read back: layout, Vietnamese text, embedded fonts,
 * sensitive items only for members:read-sensitive), the badge list of an occasion as .xlsx;
 * audited; another subtree's officer gets 404; bad input 400; no file left behind.
 */
describe('member exports through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let blobDir: string;
  let work: string;
  let coSoA: string;
  let chiBoA: string;
  let memberId: string;
  let officerA: Record<string, string>;
  let officeA: Record<string, string>;
  let officerB: Record<string, string>;

  const api = () => e2e.http();
  const get = (path: string, who: Record<string, string>) => api().get(path).set(who).buffer(true).parse(binary);

  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api().post('/api/v1/orgs').set(admin).send({ parentId, name, shortName: `X${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' }).expect(201);
    return (res.body as { id: string }).id;
  }
  async function userToken(role: string, homeOrgId: string): Promise<Record<string, string>> {
    const username = `x${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ In', homeOrgId, roles: [role], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }
  const auditFor = (action: string, targetId: string) => auditEntries(e2e, admin, action, targetId);

  const exportsLeft = async () => (await readdir(join(blobDir, 'member-exports')).catch(() => [] as string[])).filter((f) => /\.(xlsx|pdf)$/.test(f));

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'lt-e2e-export-'));
    work = await mkdtemp(join(tmpdir(), 'lt-e2e-export-read-'));
    e2e = await startE2eSystem('member_export', { blobDir });
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Khối các cơ quan Trung ương', 'dang-bo-truc-thuoc-tw');
    coSoA = await org(root, 'Đảng bộ Bộ Tư pháp', 'dang-bo-co-so');
    const coSoB = await org(root, 'Đảng bộ Bộ Y tế', 'dang-bo-co-so');
    chiBoA = await org(coSoA, 'Chi bộ Vụ Pháp chế', 'chi-bo-truc-thuoc');
    officerA = await userToken('organization', coSoA);
    officeA = await userToken('office', coSoA);
    officerB = await userToken('organization', coSoB);
    const created = await api()
      .post('/api/v1/members')
      .set(admin)
      .send({
        orgId: chiBoA,
        fullName: 'Nguyễn Thị Hằng',
        sex: 'female',
        dateOfBirth: '1968-04-02',
        citizenId: `0019${String(Date.now() % 100_000_000).padStart(8, '0')}`,
        placeOfBirth: 'Xã Đông Hưng, tỉnh Thái Bình',
        homeTown: 'Xã Quỳnh Hồng, tỉnh Nghệ An',
        occupation: 'Chuyên viên chính',
        status: 'official',
        periods: [{ admissionDecisionDate: '1997-01-10', admissionDecisionNumber: '12-QĐ/ĐU', ceremonyDate: '1997-01-20', recognitionDate: '1998-01-20' }],
        cards: [{ cardNumber: String(40_000_000 + (Date.now() % 1_000_000)), issuedOn: '1999-03-03' }],
        sensitive: { ethnicity: 'Mường', religion: 'Công giáo', health: 'Tốt' },
      })
      .expect(201);
    memberId = (created.body as { id: string }).id;
  });

  afterAll(async () => {
    await e2e?.close();
    for (const dir of [blobDir, work]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints the record sheet as .xlsx: A4 portrait, the Party\'s header, the org, the title, the items with sensitive ones for an officer who may read them; audited', async () => {
    const res = await get(`/api/v1/members/${memberId}/record-sheet.xlsx`, officerA).expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''phieu-dang-vien-nguyen-thi-hang.xlsx");
    const { sheet, text } = await sheetText(res.body as Buffer);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(sheet.getRow(1).getCell(4).value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(sheet.getRow(1).getCell(1).value).toBe('ĐẢNG BỘ BỘ TƯ PHÁP');
    expect(sheet.getRow(2).getCell(1).value).toBe('CHI BỘ VỤ PHÁP CHẾ');
    expect(sheet.getRow(5).getCell(1).value).toBe('PHIẾU ĐẢNG VIÊN');
    for (const line of ['1. Họ và tên đang dùng | NGUYỄN THỊ HẰNG', '2. Giới tính | Nữ', '5. Ngày, tháng, năm sinh | 02/04/1968', '9. Dân tộc | Mường', '10. Tôn giáo | Công giáo', '14. Ngày vào Đảng (quyết định kết nạp) | 10/01/1997 — QĐ số 12-QĐ/ĐU', '15. Ngày chính thức | 20/01/1998']) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Chi bộ Vụ Pháp chế | Chính thức');
    expect(text).toMatch(/ngày \d\d tháng \d\d năm \d{4}/);
    expect(text).toContain('T/M CẤP ỦY');
    expect(await auditFor('members.record-sheet.export', memberId)).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'success' })]));
  });

  it('prints the record sheet as an A4 PDF with Noto Serif embedded and the Vietnamese text extractable', async () => {
    const res = await get(`/api/v1/members/${memberId}/record-sheet.pdf`, officerA).expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''phieu-dang-vien-nguyen-thi-hang.pdf");
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = body.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/Helvetica');
    const pdf = await readPdf(body, work);
    expect(pdf.fonts).toContain('size:595x842');
    for (const words of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'PHIẾU ĐẢNG VIÊN', 'NGUYỄN THỊ HẰNG', 'CHI BỘ VỤ PHÁP CHẾ', 'Mường', 'Công giáo', 'Xã Quỳnh Hồng, tỉnh Nghệ An', 'Thẻ đảng viên', 'T/M CẤP ỦY']) {
      expect(pdf.text).toContain(words);
    }
    expect(pdf.text).toContain(`PHIẾU ĐẢNG VIÊN — NGUYỄN THỊ HẰNG — Trang 1/${pdf.pages}`);
  });

  it('leaves ethnicity, religion and family out of both files for a caller without members:read-sensitive, and says so', async () => {
    const xlsx = await get(`/api/v1/members/${memberId}/record-sheet.xlsx`, officeA).expect(200);
    const { text } = await sheetText(xlsx.body as Buffer);
    expect(text).toContain('NGUYỄN THỊ HẰNG');
    expect(text).not.toMatch(/Mường|Công giáo|Dân tộc/);
    expect(text).toContain('dữ liệu nhạy cảm: không in');
    const pdf = await readPdf((await get(`/api/v1/members/${memberId}/record-sheet.pdf`, officeA).expect(200)).body as Buffer, work);
    expect(pdf.text).toContain('NGUYỄN THỊ HẰNG');
    expect(pdf.text).not.toMatch(/Mường|Công giáo/);
  });

  it('lists the badge candidates of an occasion as .xlsx: numbered rows with basis and rule, X-Row-Count; audited', async () => {
    const res = await get(`/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-03`, officerA).expect(200);
    expect(res.headers['x-row-count']).toBe('1');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''huy-hieu-dang-2027-02-03-dang-bo-bo-tu-phap.xlsx");
    const { sheet } = await sheetText(res.body as Buffer);
    expect(sheet.getRow(1).getCell(1).value).toBe('DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG — Đảng bộ Bộ Tư pháp');
    expect(sheet.getRow(3).getCell(1).value).toBe('STT');
    const row = (sheet.getRow(4).values as ExcelJS.CellValue[]).slice(1);
    expect(row.slice(0, 8)).toEqual([1, 'Nguyễn Thị Hằng', '02/04/1968', 'Chi bộ Vụ Pháp chế', '10/01/1997', '30 năm', '10/01/2027', 'Đủ tuổi Đảng']);
    expect(row[8]).toBe('Đề nghị trao dịp này');
    expect(row[10]).toEqual(expect.stringMatching(/\S/));
    const later = await get(`/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-03&milestone=40`, officerA).expect(200);
    expect(later.headers['x-row-count']).toBe('0');
    expect(await auditFor('members.badge-list.export', coSoA)).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'success' })]));
  });

  it('answers 404 outside the subtree, 400 for bad ids and a day that is no award occasion, 401 without a token; keeps no file', async () => {
    for (const path of [`/api/v1/members/${memberId}/record-sheet.xlsx`, `/api/v1/members/${memberId}/record-sheet.pdf`]) {
      expectEnvelope((await api().get(path).set(officerB).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    }
    expectEnvelope((await api().get(`/api/v1/members/${randomUUID()}/record-sheet.pdf`).set(officerA).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().get(`/api/v1/orgs/${chiBoA}/badge-list.xlsx?occasion=2027-02-03`).set(officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    expectEnvelope((await api().get('/api/v1/members/not-a-uuid/record-sheet.xlsx').set(officerA).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    const missing = expectEnvelope((await api().get(`/api/v1/orgs/${coSoA}/badge-list.xlsx`).set(officerA).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    expect(missing.details).toEqual([expect.objectContaining({ field: 'occasion' })]);
    const notOccasion = expectEnvelope((await api().get(`/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-04`).set(officerA).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    expect(notOccasion.details?.[0]).toMatchObject({ field: 'occasion' });
    expect(notOccasion.details?.[0].message).toContain('không phải ngày trao Huy hiệu Đảng');
    const english = await api().get(`/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-04`).set(officerA).set('Accept-Language', 'en').expect(400);
    expect(expectEnvelope(english.body, 'COMMON.VALIDATION_FAILED').details?.[0].message).not.toContain('không phải');
    const milestone = expectEnvelope((await api().get(`/api/v1/orgs/${coSoA}/badge-list.xlsx?occasion=2027-02-03&milestone=33`).set(officerA).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    expect(milestone.details).toEqual([expect.objectContaining({ field: 'milestone' })]);
    await api().get(`/api/v1/members/${memberId}/record-sheet.pdf`).expect(401);
    const deadline = Date.now() + scaledMs(5_000);
    while ((await exportsLeft()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await exportsLeft()).toEqual([]);
  });
});
