import type { OrgDto } from '@lienthong/contracts';
import { FsBlobStore, JsonLogger, JobRunner, OutboxWriter, uuidv7, type CallContext, type JobRunView, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { createMembersDataSource } from '../database/data-source';
import { officialMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { jobRunFinished } from '../testing/job-run-finished';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { COMMIT_IMPORT_JOB, commitImportJob } from './commit-import.job';
import { findImport, insertImport, markCommitting, previewRows } from './import-records';
import { parseImportJob, PARSE_IMPORT_JOB } from './parse-import.job';
import { memberRow, workbookBuffer } from './testing/import-workbooks';
import { XLSX_CONTENT_TYPE } from './import-template';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportMemberList, HSDV7_HEADERS } from '../member-export/member-list-export';

const ACTOR = { type: 'user' as const, id: 'u-import-officer', name: 'Trần Thị Cán Bộ' };
const logged: string[] = [];

/**
 * An import end to end on a real PostgreSQL through the real jobs kit: the file in a blob store,
 * parse + validate + staged preview (errors with cells, duplicates in the file and against the
 * database, scope), then commit in chunks with one outbox fact per member; committing again
 * creates nobody twice; a refused file leaves nothing behind.
 */
describe('member import (parse, preview, commit)', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let runner: JobRunner;
  let blobs: FsBlobStore;
  let blobDir: string;
  let root: OrgDto;
  let unit: OrgDto;
  let cell: OrgDto;
  let otherCell: OrgDto;
  let members: MembersTestClient;

  beforeAll(async () => {
    db = await createTestDatabase('members_import_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    const system = (): CallContext => signedContext();
    members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    root = await make.root();
    unit = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
    cell = await make.chiBo(unit, 'Chi bộ Vụ Tổng hợp');
    const otherUnit = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
    otherCell = await make.chiBo(otherUnit, 'Chi bộ Vụ Cơ sở đảng');
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    blobDir = await mkdtemp(join(tmpdir(), 'lt-import-'));
    blobs = new FsBlobStore(blobDir);
    const logger = new JsonLogger({ app: 'import-test' }, 'error', (line) => logged.push(line));
    runner = new JobRunner({ dataSource: ds, service: 'members', logger, settings: { pollIntervalMs: 50, progressIntervalMs: 50 } });
    runner.register(parseImportJob(ds, blobs));
    runner.register(commitImportJob(ds, new OutboxWriter()));
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

  async function upload(file: Buffer, org: OrgDto = unit): Promise<string> {
    const id = uuidv7();
    const blob = await blobs.put(`member-imports/${id}.xlsx`, file, XLSX_CONTENT_TYPE);
    const [{ path }] = await ds.query<{ path: string }[]>(`SELECT path FROM org WHERE id = $1`, [org.id]);
    await insertImport(ds.manager, { id, orgId: org.id, orgPath: path, fileName: 'danh-sach.xlsx', blob, language: 'vi', requestedBy: ACTOR });
    const run = await finished(await runner.enqueue(PARSE_IMPORT_JOB, { importId: id }, ACTOR, { ownerOrgId: org.id }));
    expect([run.status, run.error]).toEqual(['succeeded', null]);
    return id;
  }

  async function commit(id: string): Promise<void> {
    await markCommitting(ds.manager, id);
    const run = await finished(await runner.enqueue(COMMIT_IMPORT_JOB, { importId: id }, ACTOR));
    expect([run.status, run.error]).toEqual(['succeeded', null]);
  }

  const count = async (sql: string, params: unknown[]) => Number((await ds.query<{ n: string }[]>(sql, params))[0].n);

  it('previews errors with cells and duplicates, writes nothing, then commits the valid rows once', async () => {
    const existing = await members.create(officialMember(cell.id, { fullName: 'Hoàng Văn Đã Có', dateOfBirth: '1979-09-02' }));
    const rows = [
      memberRow(1, { 'Mã tổ chức đảng': cell.id }),
      memberRow(2),
      memberRow(3, { 'Số CCCD': memberRow(1)['Số CCCD'] }), // same CCCD as row 2 of the sheet
      memberRow(4, { 'Số CCCD': existing.citizenId }), // CCCD already on a record
      memberRow(5, { 'Họ và tên': 'Hoàng Văn Đã Có'.normalize('NFD'), 'Ngày sinh': '02/09/1979' }), // same name + birth date as a member
      memberRow(6, { 'Mã tổ chức đảng': otherCell.id }), // outside the upload's subtree
      memberRow(7, { 'Ngày sinh': '30/02/1985' }),
      memberRow(8, { 'Họ và tên': '  Lê   Thị  Hoa ' }),
    ];
    const id = await upload(await workbookBuffer(rows));
    const view = await findImport(ds.manager, id);
    expect(view).toMatchObject({ status: 'parsed', rowsParsed: 8, rowsValid: 3, rowsInvalid: 5, rowsCommitted: 0 });
    const errors = await previewRows(ds.manager, id, 1, 100, true);
    const codes = Object.fromEntries(errors.map((r) => [r.rowNumber, r.errors.map((e) => `${e.cell}:${e.code}`)]));
    expect(codes).toEqual({
      4: ['D4:duplicateInFile'],
      5: ['D5:citizenIdTaken'],
      6: ['A6:duplicateMember'],
      7: ['S7:outsideScope'],
      8: ['C8:isPartyDate'],
    });
    expect(errors[0].errors[0].message).toBe('D4: trùng với dòng 2 của tệp');
    expect(errors[4].errors[0].message).toBe('C8 (Ngày sinh): không phải ngày có thật (nhập dd/mm/yyyy, ví dụ 12/03/1985)');
    expect(await count(`SELECT count(*) AS n FROM party_member p JOIN org o ON o.id = $1 WHERE left(p.org_path, char_length(o.path)) = o.path`, [unit.id])).toBe(1); // only the existing one

    const outboxBefore = await count(`SELECT count(*) AS n FROM outbox`, []);
    await commit(id);
    expect(await findImport(ds.manager, id)).toMatchObject({ status: 'committed', rowsCommitted: 3 });
    const created = await ds.query<{ full_name: string; org_id: string; status: string; row_number: number }[]>(
      `SELECT p.full_name, p.org_id, p.status, r.row_number FROM member_import_row r JOIN party_member p ON p.id = r.member_id WHERE r.import_id = $1 ORDER BY r.row_number`,
      [id],
    );
    expect(created.map((c) => [c.row_number, c.full_name, c.org_id])).toEqual([
      [2, 'Nguyễn Văn An 1', cell.id],
      [3, 'Nguyễn Văn An 2', unit.id],
      [9, 'Lê Thị Hoa', unit.id],
    ]);
    expect(await count(`SELECT count(*) AS n FROM outbox`, []) - outboxBefore).toBe(3);
    const [{ member_id: firstId }] = await ds.query<{ member_id: string }[]>(`SELECT member_id FROM member_import_row WHERE import_id = $1 AND row_number = 2`, [id]);
    const fetched = await members.get(firstId);
    expect(fetched).toMatchObject({ fullName: 'Nguyễn Văn An 1', status: 'official', cards: [expect.objectContaining({ cardNumber: memberRow(1)['Số thẻ đảng viên'] })] });

    // committed twice: nobody twice
    await ds.query(`UPDATE member_import SET status = 'parsed' WHERE id = $1`, [id]);
    await commit(id);
    expect(await count(`SELECT count(*) AS n FROM member_import_row r JOIN party_member p ON p.id = r.member_id WHERE r.import_id = $1`, [id])).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM outbox`, []) - outboxBefore).toBe(3);
  });

  it('turns a row whose CCCD was recorded after the preview into an error at commit, and commits the rest', async () => {
    const id = await upload(await workbookBuffer([memberRow(101), memberRow(102)]));
    const cccd = memberRow(102)['Số CCCD'] as string;
    await members.create(officialMember(cell.id, { citizenId: cccd, fullName: 'Người Nhập Tay' }));
    await commit(id);
    expect(await findImport(ds.manager, id)).toMatchObject({ status: 'committed', rowsCommitted: 1, rowsValid: 1, rowsInvalid: 1 });
    const [row] = await previewRows(ds.manager, id, 1, 10, true);
    expect(row).toMatchObject({ rowNumber: 3, errors: [expect.objectContaining({ cell: 'D3', code: 'citizenIdTaken' })] });
  });

  it('exports the subtree\'s members in the 7-HSĐV layout (streaming writer, keyset pages), nothing from a sibling subtree', async () => {
    const [{ path }] = await ds.query<{ path: string }[]>(`SELECT path FROM org WHERE id = $1`, [unit.id]);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const written = await exportMemberList(ds.manager, path, unit.name, out);
    const inSubtree = await count(`SELECT count(*) AS n FROM party_member p WHERE p.org_path >= $1 AND p.org_path < $1 || '~'`, [path]);
    expect(written).toBe(inSubtree);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('7-HSĐV')!;
    expect(sheet.getRow(2).values).toEqual([undefined, ...HSDV7_HEADERS]);
    const names = Array.from({ length: written }, (_, i) => sheet.getRow(4 + i).getCell(2).text);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An 1', 'Lê Thị Hoa', 'Hoàng Văn Đã Có']));
    expect(names.some((n) => n.startsWith('Người Nhập Tay'))).toBe(true);
    const an = sheet.getRow(4 + names.indexOf('Nguyễn Văn An 1'));
    expect([an.getCell(3).value, an.getCell(7).value, an.getCell(8).value]).toEqual(['Nam', '15/05/2010 / 01/06/2011', memberRow(1)['Số thẻ đảng viên']]);
    expect(sheet.getRow(4 + written).getCell(2).value).toBeNull();
  });

  it('records why a file is refused and stages no row', async () => {
    const id = await upload(Buffer.from('not a workbook'));
    const view = await findImport(ds.manager, id);
    expect(view).toMatchObject({ status: 'failed', rowsParsed: 0, fileError: { code: 'notXlsx', message: { vi: expect.stringContaining('.xlsx') } } });
    expect(await count(`SELECT count(*) AS n FROM member_import_row WHERE import_id = $1`, [id])).toBe(0);
  });
});
