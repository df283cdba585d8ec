import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { IMPORT_COLUMNS } from './import-columns';
import { ImportFileError } from './import-file-error';
import { readImportSheet, type ImportSheetRow } from './import-sheet-reader';
import { buildImportTemplate } from './import-template';
import { validateImportRow, type ValidatedImportRow } from './import-row-validator';
import { HEADERS, memberRow, streamOf, workbookBuffer } from './testing/import-workbooks';

// Real files through the real reader: slow on a busy shared machine.
jest.setTimeout(60_000);

const ORG = '0193a000-0000-7000-8000-000000000001';
const ctx = { rules: [], today: '2026-11-25', lang: 'vi' as const, defaultOrgId: ORG };

async function readAll(buffer: Buffer, maxRows?: number): Promise<ImportSheetRow[]> {
  const rows: ImportSheetRow[] = [];
  for await (const row of readImportSheet(streamOf(buffer), maxRows)) rows.push(row);
  return rows;
}

async function validated(buffer: Buffer): Promise<ValidatedImportRow[]> {
  return (await readAll(buffer)).map((row) => validateImportRow(row, ctx));
}

async function refusal(buffer: Buffer, maxRows?: number): Promise<ImportFileError> {
  const error = await readAll(buffer, maxRows).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportFileError)) throw new Error(`expected an ImportFileError, got ${String(error)}`);
  return error;
}

describe('import template', () => {
  it('has every column with Vietnamese headers, notes, drop-down lists, and an example row that validates', async () => {
    const buffer = await buildImportTemplate();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Đảng viên')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên *');
    expect(sheet.getRow(1).getCell(1).note).toBeDefined();
    const statusCol = IMPORT_COLUMNS.findIndex((c) => c.field === 'status') + 1;
    expect(sheet.getRow(20).getCell(statusCol).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Danh mục')] });
    expect(workbook.getWorksheet('Danh mục')!.state).toBe('hidden');

    const rows = await validated(buffer);
    expect(rows).toHaveLength(1);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].request).toMatchObject({ fullName: 'Nguyễn Văn An', sex: 'male', dateOfBirth: '1985-03-12', status: 'official', orgId: ORG, citizenId: '038085001234' });
    expect(rows[0].request.periods?.[0]).toMatchObject({ admissionDecisionDate: '2010-05-15', recognitionDate: '2011-06-01' });
  });
});

describe('bad files', () => {
  it('refuses a file that is not an xlsx', async () => {
    expect((await refusal(Buffer.from('Họ và tên;Giới tính\nAn;Nam\n'))).code).toBe('notXlsx');
    expect((await refusal(Buffer.alloc(0))).code).toBe('notXlsx');
  });

  it('refuses a password-protected workbook (Excel wraps it in an encrypted OLE container)', async () => {
    const encrypted = officeCrypto.encrypt(await workbookBuffer([memberRow(1)]), { password: 'matkhau123' });
    expect(officeCrypto.isEncrypted(encrypted)).toBe(true);
    const error = await refusal(encrypted);
    expect(error.code).toBe('encrypted');
    expect(error.messages.vi).toContain('mật khẩu');
  });

  it('refuses a zip that is not a workbook', async () => {
    const notWorkbook = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await refusal(notWorkbook)).code).toMatch(/unreadable|noSheet/);
  });

  it('names the missing and the unknown headers', async () => {
    const headers = HEADERS.filter((h) => h !== 'Ngày sinh').concat('Ghi chú');
    const error = await refusal(await workbookBuffer([memberRow(1)], { headers }));
    expect(error.code).toBe('headers');
    expect(error.messages.vi).toContain('Thiếu cột: Ngày sinh');
    expect(error.messages.vi).toContain('"Ghi chú"');
  });

  it('accepts headers with stray spaces, another case, NFD, " *" and an STT column', async () => {
    const headers = ['STT', ...HEADERS.map((h, i) => (i === 0 ? `  ${h.toUpperCase().normalize('NFD')} * ` : h))];
    const rows = await readAll(await workbookBuffer([{ ...memberRow(1), [headers[1]]: 'Lê Văn Tám', STT: 1 }], { headers }));
    expect(rows).toHaveLength(1);
    expect(validateImportRow(rows[0], ctx).request.fullName).toBe('Lê Văn Tám');
  });

  it('refuses a file with only the header row', async () => {
    expect((await refusal(await workbookBuffer([]))).code).toBe('empty');
  });

  it('refuses more rows than the limit, counting only non-empty rows', async () => {
    const rows = [memberRow(1), {}, memberRow(2), memberRow(3)];
    expect(await readAll(await workbookBuffer(rows), 3)).toHaveLength(3);
    const error = await refusal(await workbookBuffer([...rows, memberRow(4)]), 3);
    expect(error.code).toBe('tooManyRows');
  });
});

describe('cells', () => {
  it('reads dates typed as text in dd/mm/yyyy and refuses impossible ones with the cell reference', async () => {
    const [ok, bad] = await validated(
      await workbookBuffer([memberRow(1, { 'Ngày sinh': '05/03/1985' }), memberRow(2, { 'Ngày sinh': '31/02/1985', 'Ngày lễ kết nạp': 'hôm qua' })]),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.request.dateOfBirth).toBe('1985-03-05');
    expect(bad.errors.map((e) => e.cell)).toEqual(['N3', 'C3']);
    expect(bad.errors[0].message).toBe('N3 (Ngày lễ kết nạp): không phải ngày dạng dd/mm/yyyy');
    expect(bad.errors[1].message).toContain('C3 (Ngày sinh)');
  });

  it('keeps every Vietnamese letter intact across the reader\'s chunk boundaries (exceljs #2084)', async () => {
    const name = (n: number) => `Nguyễn Thị Hồng Nhung Trường Giang Phượng Vỹ ${n}`;
    const rows = Array.from({ length: 3000 }, (_, i) => memberRow(i, { 'Họ và tên': name(i), 'Nơi sinh': 'Xã Đức Thượng, huyện Hoài Đức, thành phố Hà Nội' }));
    const read = await validated(await workbookBuffer(rows));
    expect(read.filter((r, i) => r.request.fullName !== name(i) || r.errors.length > 0).map((r) => r.rowNumber)).toEqual([]);
  });

  it('normalises stray whitespace and NFD names to NFC', async () => {
    const nfd = '  Nguyễn   Thị\tHoà  '.normalize('NFD');
    const [row] = await validated(await workbookBuffer([memberRow(1, { 'Họ và tên': nfd })]));
    expect(row.errors).toEqual([]);
    expect(row.request.fullName).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(row.request.fullName).toHaveLength('Nguyễn Thị Hoà'.normalize('NFC').length);
  });

  it('uses the cached value of a formula and flags one without a value', async () => {
    const [cached, missing] = await validated(
      await workbookBuffer([
        memberRow(1, { 'Giới tính': { formula: 'IF(1=1,"Nữ","Nam")', result: 'Nữ' } as ExcelJS.CellFormulaValue }),
        memberRow(2, { 'Giới tính': { formula: 'IF(1=1,"Nữ","Nam")' } as ExcelJS.CellFormulaValue }),
      ]),
    );
    expect(cached.errors).toEqual([]);
    expect(cached.request.sex).toBe('female');
    expect(missing.errors).toEqual([expect.objectContaining({ cell: 'B3', code: 'formulaNoValue' })]);
  });

  it('reads a merged cell in its top-left cell only: the rest of the merge is an empty required cell', async () => {
    const rows = [memberRow(1, { 'Họ và tên': 'Phạm Văn Đồng' }), memberRow(2, { 'Họ và tên': null })];
    const [first, second] = await validated(await workbookBuffer(rows, { merges: ['A2:A3'] }));
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([expect.objectContaining({ cell: 'A3', field: 'fullName', code: 'isDefined' })]);
    expect(second.errors[0].message).toBe('A3 (Họ và tên): là bắt buộc');
  });

  it('gives back leading zeros of a CCCD typed as a number and checks its format', async () => {
    const [padded, wrong] = await validated(await workbookBuffer([memberRow(1, { 'Số CCCD': 38085001234 }), memberRow(2, { 'Số CCCD': '12345' })]));
    expect(padded.request.citizenId).toBe('038085001234');
    expect(padded.errors).toEqual([]);
    expect(wrong.errors).toEqual([expect.objectContaining({ cell: 'D3', field: 'citizenId', code: 'matches' })]);
  });

  it('reports unknown list values and every record rule, each at its cell', async () => {
    const [row] = await validated(
      await workbookBuffer([memberRow(1, { 'Giới tính': 'X', 'Tình trạng': 'Đảng viên dự bị', 'Ngày quyết định kết nạp': new Date(Date.UTC(1980, 0, 1)) })]),
    );
    const cells = row.errors.map((e) => `${e.cell}:${e.code}`);
    expect(cells).toEqual(['B2:isIn']); // the record rules run once every cell reads
    // born 1985, admitted 1980; probationary but recognised: the record rules of the member record itself
    const all = await validated(await workbookBuffer([memberRow(1, { 'Tình trạng': 'Đảng viên dự bị', 'Ngày quyết định kết nạp': new Date(Date.UTC(1980, 0, 1)) })]));
    expect(all[0].errors.map((e) => `${e.cell}:${e.code}`)).toEqual(expect.arrayContaining(['L2:beforeBirth', 'R2:alreadyRecognised']));
  });

  it('writes messages in English when the import is in English', async () => {
    const rows = await readAll(await workbookBuffer([memberRow(1, { 'Ngày sinh': 'x' })]));
    expect(validateImportRow(rows[0], { ...ctx, lang: 'en' }).errors[0].message).toBe('C2 (Ngày sinh): is not a date as dd/mm/yyyy');
  });
});
