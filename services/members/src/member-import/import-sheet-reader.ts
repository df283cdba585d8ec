import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { columnLetter, headerKey, IMPORT_COLUMNS, IMPORT_HEADER_ROW, IMPORT_MAX_ROWS, type ImportColumn } from './import-columns';
import { fileErrors, ImportFileError } from './import-file-error';

/** A data row as read: the raw exceljs values of the template's columns, keyed by column. */
export interface ImportSheetRow {
  rowNumber: number;
  values: Map<ImportColumn, { value: unknown; cell: string }>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: what Excel writes for a password-protected workbook (and for old .xls). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads the first bytes, refuses what is not a zip (xlsx), and hands back a stream of the whole file. */
async function sniffed(source: Readable): Promise<Readable> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  const chunks: Buffer[] = [];
  while (head.length < 8) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    head = Buffer.concat([head, chunk]);
  }
  if (head.subarray(0, 8).equals(OLE_MAGIC)) throw fileErrors.encrypted();
  if (!head.subarray(0, 4).equals(ZIP_MAGIC)) throw fileErrors.notXlsx();
  return Readable.from(
    (async function* () {
      yield* chunks;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
  );
}

/** Decodes UTF-8 across chunk boundaries (a Vietnamese letter split between two chunks stays one letter). */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

type ReaderInternals = {
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number): unknown;
};

/**
 * exceljs 4.4.0's streaming reader decodes each zip chunk on its own, so a multi-byte character
 * split across two chunks becomes "\uFFFD\uFFFD" (exceljs issues #2084, #2316: about one row in two
 * thousand of Vietnamese text). This reader hands it already-decoded text instead.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) {
    super(input, options);
    const self = this as unknown as ReaderInternals;
    const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
    self._parseSharedStrings = (entry) => {
      entry.setEncoding('utf8');
      return proto._parseSharedStrings.call(this, entry);
    };
    self._parseWorksheet = (iterator, sheetNo) => proto._parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
  }
}

function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? `${value}` : JSON.stringify(value);
}

/** Maps the header row to template columns; refuses missing template columns and unknown ones (an "STT" column is allowed). */
function matchHeaders(values: unknown[]): Map<number, ImportColumn> {
  const byKey = new Map(IMPORT_COLUMNS.map((c) => [headerKey(c.header), c]));
  const found = new Map<number, ImportColumn>();
  const unknown: string[] = [];
  values.forEach((value, col) => {
    const text = headerText(value);
    const key = headerKey(text);
    if (key === '' || key === 'stt') return;
    const column = byKey.get(key);
    if (!column || [...found.values()].includes(column)) unknown.push(`${columnLetter(col - 1)}1 "${text.trim()}"`);
    else found.set(col, column);
  });
  const missing = IMPORT_COLUMNS.filter((c) => ![...found.values()].includes(c)).map((c) => c.header);
  if (missing.length > 0 || unknown.length > 0) throw fileErrors.headers(missing, unknown);
  return found;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Streams the first worksheet of an .xlsx file: checks the header row, then yields the non-empty
 * data rows one at a time (memory stays flat whatever the file's size). Throws ImportFileError
 * for a file that is not an xlsx, is encrypted, has wrong headers, no rows, or more than `maxRows`.
 * Merged cells are not read as merged: the value stays in the top-left cell only (the other cells
 * of the merge read as empty and get their own row errors).
 */
export async function* readImportSheet(source: Readable, maxRows = IMPORT_MAX_ROWS): AsyncGenerator<ImportSheetRow> {
  const input = await sniffed(source);
  const reader = new Utf8WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' });
  let columns: Map<number, ImportColumn> | undefined;
  let count = 0;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (columns === undefined) {
          if (row.number !== IMPORT_HEADER_ROW) throw fileErrors.headers(IMPORT_COLUMNS.map((c) => c.header), []);
          columns = matchHeaders(values);
          continue;
        }
        const picked = new Map<ImportColumn, { value: unknown; cell: string }>();
        let blank = true;
        for (const [col, column] of columns) {
          const value = values[col];
          if (!isBlank(value)) blank = false;
          picked.set(column, { value, cell: `${columnLetter(col - 1)}${row.number}` });
        }
        if (blank) continue;
        count += 1;
        if (count > maxRows) throw fileErrors.tooManyRows(maxRows);
        yield { rowNumber: row.number, values: picked };
      }
      break; // the first worksheet only: the template's lists live on a second, hidden one
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw fileErrors.unreadable(error instanceof Error ? error.message : String(error));
  } finally {
    input.destroy();
    source.destroy();
  }
  if (sheets === 0) throw fileErrors.noSheet();
  if (columns === undefined) throw fileErrors.headers(IMPORT_COLUMNS.map((c) => c.header), []);
  if (count === 0) throw fileErrors.empty();
}
