import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { RecordSheetContent, SheetTable } from './record-sheet-content';

/** Noto Serif (OFL-1.1, full Vietnamese coverage), embedded as subsets: the PDF prints the same anywhere. */
export const PDF_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
};

const MARGIN = { top: 50, bottom: 50, left: 62, right: 45 };
const A4_WIDTH = 595.28;
const WIDTH = A4_WIDTH - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 215;

type Doc = PDFKit.PDFDocument;

/** Left: the superior org and the org (capitals); right: the Party's name and the form numbers. */
function header(doc: Doc, content: RecordSheetContent): void {
  const half = WIDTH / 2;
  const top = doc.y;
  doc.font('regular').fontSize(11);
  doc.text(content.parentName?.toLocaleUpperCase('vi') ?? '', MARGIN.left, top, { width: half - 10, align: 'center' });
  doc.font('bold').text(content.orgName.toLocaleUpperCase('vi'), { width: half - 10, align: 'center' });
  doc.font('regular').text('*', { width: half - 10, align: 'center' }); // the Party's documents put a star under the issuing org
  const leftBottom = doc.y;
  doc.font('bold').fontSize(12).text('ĐẢNG CỘNG SẢN VIỆT NAM', MARGIN.left + half, top, { width: half, align: 'center' });
  const rule = MARGIN.left + half + half / 2;
  doc.moveTo(rule - 80, doc.y + 1).lineTo(rule + 80, doc.y + 1).lineWidth(0.6).stroke(); // and underline the Party's name
  doc.y += 4;
  doc.font('regular').fontSize(10);
  for (const n of content.numbers) doc.text(n, { width: half, align: 'center' });
  doc.x = MARGIN.left;
  doc.y = Math.max(leftBottom, doc.y) + 18;
  doc.font('bold').fontSize(16).text(content.title, MARGIN.left, doc.y, { width: WIDTH, align: 'center' });
  doc.moveDown(0.8);
}

function fields(doc: Doc, content: RecordSheetContent): void {
  doc.fontSize(11);
  for (const [label, value] of content.fields) {
    if (doc.y + 30 > doc.page.height - MARGIN.bottom) doc.addPage();
    const y = doc.y;
    doc.font(label.startsWith(' ') ? 'regular' : 'bold').text(label, MARGIN.left, y, { width: LABEL_WIDTH });
    const afterLabel = doc.y;
    doc.font('regular').text(`: ${value}`, MARGIN.left + LABEL_WIDTH, y, { width: WIDTH - LABEL_WIDTH });
    doc.y = Math.max(afterLabel, doc.y) + 2;
  }
}

/** A table with borders; a row that does not fit starts a new page, which repeats the header row. */
function table(doc: Doc, t: SheetTable): void {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w / total) * WIDTH);
  const heightOf = (cells: string[]) => Math.max(16, ...cells.map((c, j) => doc.heightOfString(c || ' ', { width: widths[j] - 6 }) + 6));
  const row = (cells: string[], header: boolean) => {
    doc.font(header ? 'bold' : 'regular').fontSize(10);
    const height = heightOf(cells);
    if (doc.y + height > doc.page.height - MARGIN.bottom) {
      doc.addPage();
      if (!header) row(t.headers, true);
      doc.font('regular').fontSize(10);
    }
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((c, j) => {
      doc.rect(x, y, widths[j], height).lineWidth(0.5).stroke();
      doc.text(c, x + 3, y + 3, { width: widths[j] - 6, align: header ? 'center' : 'left' });
      x += widths[j];
    });
    doc.x = MARGIN.left;
    doc.y = y + height;
  };
  doc.moveDown(0.6);
  if (doc.y + 60 > doc.page.height - MARGIN.bottom) doc.addPage(); // the caption stays with its header row
  doc.font('bold').fontSize(11).text(t.title, MARGIN.left, doc.y, { width: WIDTH });
  doc.moveDown(0.2);
  row(t.headers, true);
  for (const cells of t.rows.length > 0 ? t.rows : [t.headers.map(() => '')]) row(cells, false);
}

function closing(doc: Doc, content: RecordSheetContent): void {
  if (content.withheldNote) {
    doc.moveDown(0.6);
    doc.font('italic').fontSize(9).text(content.withheldNote, MARGIN.left, doc.y, { width: WIDTH });
  }
  if (doc.y + 110 > doc.page.height - MARGIN.bottom) doc.addPage();
  doc.moveDown(1.2);
  const x = MARGIN.left + WIDTH / 2;
  const y = doc.y;
  doc.font('italic').fontSize(11).text(content.placeAndDate, x, y, { width: WIDTH / 2, align: 'center' });
  doc.font('bold').text(content.signature[0], { width: WIDTH / 2, align: 'center' });
  doc.font('italic').fontSize(10).text(content.signature[1], { width: WIDTH / 2, align: 'center' });
}

/** "Trang 1/2" centred under every page (pages are buffered until the end to know their number). */
function pageNumbers(doc: Doc, name: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not open a new page
    doc.font('italic').fontSize(8).text(`${name} — Trang ${i - start + 1}/${count}`, MARGIN.left, doc.page.height - 32, { width: WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The record sheet as an A4 portrait PDF with the fonts embedded, written to `output`. */
export async function writeRecordSheetPdf(content: RecordSheetContent, output: Writable): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', layout: 'portrait', margins: MARGIN, font: PDF_FONTS.regular, info: { Title: `${content.title} — ${content.orgName}`, Creator: 'Liên Thông' }, lang: 'vi-VN', bufferPages: true });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.registerFont('italic', PDF_FONTS.italic);
  doc.pipe(output, { end: false });
  header(doc, content);
  fields(doc, content);
  for (const t of content.tables) table(doc, t);
  closing(doc, content);
  pageNumbers(doc, `${content.title} — ${content.fields[0][1]}`);
  const ended = once(doc, 'end');
  doc.end();
  await ended;
}
