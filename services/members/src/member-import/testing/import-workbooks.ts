import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../import-columns';

/** A data row by template header (without " *"); missing headers stay empty. */
export type SheetRow = Record<string, ExcelJS.CellValue>;

export const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

/** A valid official member as an officer types it (dates as real date cells). */
export function memberRow(n: number, overrides: SheetRow = {}): SheetRow {
  const d = (day: number, month: number, year: number) => new Date(Date.UTC(year, month - 1, day));
  return {
    'Họ và tên': `Nguyễn Văn An ${n}`,
    'Giới tính': 'Nam',
    'Ngày sinh': d(12, 3, 1985),
    'Số CCCD': String(100_000_000_000 + n),
    'Lý luận chính trị': 'Trung cấp',
    'Ngày quyết định kết nạp': d(15, 5, 2010),
    'Ngày lễ kết nạp': d(1, 6, 2010),
    'Ngày công nhận chính thức': d(1, 6, 2011),
    'Số thẻ đảng viên': String(10_000_000 + n).padStart(8, '0'),
    'Ngày cấp thẻ': d(3, 3, 2012),
    'Tình trạng': 'Đảng viên chính thức',
    ...overrides,
  };
}

export interface WorkbookOptions {
  headers?: string[];
  /** Cells to merge, as "A2:A3". */
  merges?: string[];
}

/** A real .xlsx written by exceljs (what Excel's files look like to the reader). */
export async function workbookBuffer(rows: SheetRow[], options: WorkbookOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đảng viên');
  const headers = options.headers ?? HEADERS;
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  for (const merge of options.merges ?? []) sheet.mergeCells(merge);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Streams a large file without holding it whole: the streaming writer, rows generated on the fly. */
export async function writeLargeWorkbook(path: string, count: number, row: (n: number) => SheetRow = memberRow): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Đảng viên');
  sheet.addRow(HEADERS).commit();
  for (let n = 1; n <= count; n += 1) {
    const r = row(n);
    sheet.addRow(HEADERS.map((h) => r[h] ?? null)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

export const streamOf = (buffer: Buffer) => Readable.from([buffer]);
