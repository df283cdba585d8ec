import ExcelJS from 'exceljs';
import { columnLetter, IMPORT_COLUMNS } from './import-columns';

export const IMPORT_TEMPLATE_FILE_NAME = 'mau-nhap-dang-vien.xlsx';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATA_ROWS_WITH_LISTS = 5000;

/**
 * The import template: Vietnamese headers (required ones end in " *") with a note each, one
 * example row, drop-down lists (sex, status, political theory) from a hidden "Danh mục" sheet,
 * date columns formatted dd/mm/yyyy and number columns as text (leading zeros kept).
 */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liên Thông';
  const sheet = workbook.addWorksheet('Đảng viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet('Danh mục', { state: 'hidden' });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header} *` : c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  let listColumn = 0;
  IMPORT_COLUMNS.forEach((column, i) => {
    const letter = columnLetter(i);
    const note = [column.required ? 'Bắt buộc.' : 'Không bắt buộc.', column.note].filter(Boolean).join(' ');
    header.getCell(i + 1).note = note;
    const example = sheet.getCell(`${letter}2`);
    if (column.kind === 'date' && column.example) {
      const [d, m, y] = column.example.split('/').map(Number);
      example.value = new Date(Date.UTC(y, m - 1, d));
    } else example.value = column.example || null;
    const numFmt = column.kind === 'date' ? 'dd/mm/yyyy' : column.kind === 'digits' ? '@' : undefined;
    if (numFmt) sheet.getColumn(i + 1).numFmt = numFmt;
    if (column.list) {
      const listLetter = columnLetter(listColumn++);
      lists.getCell(`${listLetter}1`).value = column.header;
      column.list.forEach((v, k) => (lists.getCell(`${listLetter}${k + 2}`).value = v));
      const range = `'Danh mục'!$${listLetter}$2:$${listLetter}$${column.list.length + 1}`;
      // One rule over the whole range (a rule per cell makes a slow, bloated file).
      (sheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${DATA_ROWS_WITH_LISTS}`, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: `Chọn một giá trị trong danh sách ${column.header}.`,
      });
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
