import { scaledMs } from '@lienthong/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { bearer, startE2eSystem, type E2eSystem } from './support/e2e-system';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROWS = 8000;

interface ImportView {
  id: string;
  status: string;
  rowsParsed: number;
  rowsValid: number;
  rowsCommitted: number;
}

/**
 * The commit of a large import survives the members service stopping in the middle: its JobRunner
 * hands the run over at a safe point (between chunks), the restarted service resumes after the
 * last committed chunk, and in the end every valid row is a member exactly once.
 */
// Its waits allow up to 180 s each (8,000 rows, a stop and a restart): the test's ceiling must exceed them.
jest.setTimeout(scaledMs(300_000));

describe('member import commit across a members service restart (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let blobDir: string;
  let orgId: string;

  const api = () => e2e.http();
  async function view(id: string): Promise<ImportView> {
    return (await api().get(`/api/v1/member-imports/${id}`).set(admin).expect(200)).body as ImportView;
  }
  async function until(id: string, done: (v: ImportView) => boolean, ms = 180_000): Promise<ImportView> {
    const deadline = Date.now() + scaledMs(ms);
    for (;;) {
      const res = await api().get(`/api/v1/member-imports/${id}`).set(admin);
      if (res.status === 200 && done(res.body as ImportView)) return res.body as ImportView;
      if (Date.now() > deadline) throw new Error(`import ${id}: ${res.status} ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'lt-e2e-import-resume-'));
    e2e = await startE2eSystem('import_resume', { blobDir });
    admin = bearer(e2e.token);
    const root = await api().post('/api/v1/orgs').set(admin).send({ parentId: null, name: 'Đảng bộ Khối Doanh nghiệp', shortName: `R${randomUUID().slice(0, 6)}`, kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-02-03' }).expect(201);
    const unit = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId: (root.body as { id: string }).id, name: 'Đảng bộ Tổng công ty Điện lực', shortName: `R${randomUUID().slice(0, 6)}`, kind: 'dang-bo-co-so', validFrom: '2025-02-03' })
      .expect(201);
    orgId = (unit.body as { id: string }).id;
  });

  afterAll(async () => {
    await e2e?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  it(`creates each of ${ROWS} members exactly once when the service stops mid-commit and starts again`, async () => {
    const template = await api().get('/api/v1/member-imports/template').set(admin).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.load(template.body as ArrayBuffer);
    const headers = (templateBook.worksheets[0].getRow(1).values as string[]).slice(1);
    const value: Record<string, (n: number) => string> = {
      'Họ và tên *': (n) => `Lê Văn Tiếp ${n}`,
      'Giới tính *': () => 'Nam',
      'Ngày sinh *': () => '12/03/1985',
      'Số CCCD': (n) => String(500_000_000_000 + n),
      'Ngày quyết định kết nạp *': () => '15/05/2010',
      'Ngày lễ kết nạp': () => '01/06/2010',
      'Ngày công nhận chính thức': () => '01/06/2011',
      'Tình trạng *': () => 'Đảng viên chính thức',
    };
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đảng viên');
    sheet.addRow(headers);
    for (let n = 1; n <= ROWS; n += 1) sheet.addRow(headers.map((h) => value[h]?.(n) ?? null));
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const uploaded = await api().post(`/api/v1/orgs/${orgId}/member-imports`).set(admin).attach('file', file, { filename: 'lon.xlsx', contentType: XLSX }).expect(202);
    const id = (uploaded.body as ImportView).id;
    const parsed = await until(id, (v) => v.status === 'parsed');
    const firstErrors = (await api().get(`/api/v1/member-imports/${id}/rows`).query({ status: 'error', limit: 1 }).set(admin).expect(200)).body as unknown;
    expect([parsed.rowsParsed, parsed.rowsValid, firstErrors]).toEqual([ROWS, ROWS, { items: [], nextCursor: null }]);

    await api().post(`/api/v1/member-imports/${id}/commit`).set(admin).expect(202);
    await until(id, (v) => v.rowsCommitted > 0);
    await e2e.system.stopService('members');
    const db = new Client({ connectionString: e2e.system.databases.members });
    await db.connect();
    try {
      const [stopped] = (await db.query<{ status: string; rows_committed: number }>(`SELECT status, rows_committed FROM member_import WHERE id = $1`, [id])).rows;
      expect(stopped.status).toBe('committing');
      expect(stopped.rows_committed).toBeGreaterThan(0);
      expect(stopped.rows_committed).toBeLessThan(ROWS); // stopped in the middle, not after the end
      await e2e.system.startService('members');
      expect(await until(id, (v) => v.status === 'committed')).toMatchObject({ rowsCommitted: ROWS });
      const [counts] = (
        await db.query<{ mapped: string; members: string; distinct_members: string }>(
          `SELECT count(r.member_id) AS mapped, (SELECT count(*) FROM party_member WHERE org_id = $2) AS members, count(DISTINCT r.member_id) AS distinct_members
             FROM member_import_row r WHERE r.import_id = $1`,
          [id, orgId],
        )
      ).rows;
      expect(counts).toEqual({ mapped: String(ROWS), members: String(ROWS), distinct_members: String(ROWS) });
    } finally {
      await db.end();
    }
    expect((await view(id)).rowsCommitted).toBe(ROWS);
  });
});
