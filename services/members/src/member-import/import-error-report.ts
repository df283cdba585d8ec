import ExcelJS from 'exceljs';
import type { Readable, Writable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { IMPORT_COLUMNS } from './import-columns';
import { readImportSheet } from './import-sheet-reader';
import type { ImportRowError } from './import-row-validator';

export const ERROR_REPORT_HEADER = { vi: 'Lỗi (xóa cột này trước khi tải lên lại)', en: 'Errors (delete this column before uploading again)' };

/** A cell as the officer typed it: the cached result of a formula, the text of rich text. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if ('result' in v) return plain(v.result);
  if (v.richText) return v.richText.map((t) => t.text).join('');
  if (typeof v.text === 'string') return v.text;
  return null;
}

/**
 * The rows of the uploaded file that have errors, as the officer typed them (re-read from the
 * blob, streaming), in the template's columns: STT holds the row number in the uploaded file, the
 * last column the errors. Fixing the rows and deleting that column gives a file to upload again.
 * Answers the number of rows written.
 */
export async function writeImportErrorReport(m: EntityManager, importId: string, source: Readable, language: 'vi' | 'en', output: Writable): Promise<number> {
  const errors = new Map<number, string>();
  const rows = await m.query<{ row_number: number; errors: ImportRowError[] }[]>(
    `SELECT row_number, errors FROM member_import_row WHERE import_id = $1 AND errors <> '[]'::jsonb ORDER BY row_number`,
    [importId],
  );
  for (const r of rows) errors.set(r.row_number, r.errors.map((e) => e.message).join('\n'));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Đảng viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 8 }, ...IMPORT_COLUMNS.map((c) => ({ width: c.width, style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {} })), { width: 60 }];
  const header = sheet.addRow(['STT', ...IMPORT_COLUMNS.map((c) => (c.required ? `${c.header} *` : c.header)), ERROR_REPORT_HEADER[language]]);
  header.font = { bold: true };
  header.commit();
  let written = 0;
  if (errors.size > 0) {
    for await (const row of readImportSheet(source)) {
      const text = errors.get(row.rowNumber);
      if (text === undefined) continue;
      const values = IMPORT_COLUMNS.map((c) => {
        const read = [...row.values].find(([column]) => column.field === c.field)?.[1];
        return plain(read?.value);
      });
      const line = sheet.addRow([row.rowNumber, ...values, text]);
      line.getCell(IMPORT_COLUMNS.length + 2).font = { color: { argb: 'FFC00000' } };
      line.getCell(IMPORT_COLUMNS.length + 2).alignment = { wrapText: true, vertical: 'top' };
      line.commit();
      written += 1;
    }
  } else {
    source.destroy();
  }
  sheet.commit();
  await workbook.commit();
  return written;
}
