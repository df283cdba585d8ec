import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RecordSheetContent } from './record-sheet-content';

const COLS = 6;
const WIDTHS = [18, 18, 16, 16, 16, 16];
/** Excel does not fit a merged cell's height to wrapped text: estimate the lines (≈ 1.1 width units a character at 12 pt). */
const heightFor = (texts: [text: string, width: number][]) => 16 * Math.max(1, ...texts.map(([t, w]) => Math.ceil((t.length * 1.1) / w)));
const thin = { style: 'thin' as const };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * The record sheet as one A4 portrait worksheet: the Party's header (ĐẢNG CỘNG SẢN VIỆT NAM
 * right, the orgs left), the form title centred, the numbered items (label in A–B, value in C–F),
 * the tables with borders, the date line and the signature block on the right.
 */
export async function writeRecordSheetXlsx(content: RecordSheetContent, output: Writable): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liên Thông';
  const sheet = workbook.addWorksheet('Phiếu đảng viên', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const line = (left: string, right: string, bold = false) => {
    const row = sheet.addRow([left, '', '', right]);
    sheet.mergeCells(row.number, 1, row.number, 3);
    sheet.mergeCells(row.number, 4, row.number, COLS);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(4).alignment = { horizontal: 'center' };
    row.font = { bold, name: 'Times New Roman', size: 12 };
  };
  line(content.parentName?.toLocaleUpperCase('vi') ?? '', 'ĐẢNG CỘNG SẢN VIỆT NAM', true);
  line(content.orgName.toLocaleUpperCase('vi'), content.numbers[0]);
  line('', content.numbers[1]);
  sheet.addRow([]);
  const title = sheet.addRow([content.title]);
  sheet.mergeCells(title.number, 1, title.number, COLS);
  title.getCell(1).alignment = { horizontal: 'center' };
  title.font = { bold: true, size: 16, name: 'Times New Roman' };
  sheet.addRow([]);
  for (const [label, value] of content.fields) {
    const row = sheet.addRow([label, '', value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, COLS);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.height = heightFor([
      [label, WIDTHS[0] + WIDTHS[1]],
      [value, WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5]],
    ]);
    row.getCell(1).font = { bold: !label.startsWith(' '), name: 'Times New Roman', size: 12 };
    row.getCell(3).font = { name: 'Times New Roman', size: 12 };
  }
  for (const table of content.tables) {
    sheet.addRow([]);
    const caption = sheet.addRow([table.title]);
    caption.font = { bold: true, name: 'Times New Roman', size: 12 };
    const header = sheet.addRow(table.headers);
    header.font = { bold: true, name: 'Times New Roman', size: 11 };
    header.eachCell((cell) => {
      cell.border = BOX;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => '')];
    for (const r of rows) {
      const row = sheet.addRow(r);
      row.height = heightFor(r.map((text, c) => [text, WIDTHS[c] ?? 16]));
      for (let c = 1; c <= table.headers.length; c += 1) {
        row.getCell(c).border = BOX;
        row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  if (content.withheldNote) {
    const note = sheet.addRow([content.withheldNote]);
    sheet.mergeCells(note.number, 1, note.number, COLS);
    note.font = { italic: true, size: 10 };
    note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    note.height = heightFor([[content.withheldNote, WIDTHS.reduce((a, b) => a + b, 0) * 1.2]]);
  }
  sheet.addRow([]);
  line('', content.placeAndDate);
  line('', content.signature[0], true);
  line('', content.signature[1]);
  await workbook.xlsx.write(output);
}
