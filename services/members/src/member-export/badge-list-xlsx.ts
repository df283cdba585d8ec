import type { Writable } from 'node:stream';
import type { AwardBasis, BadgeCandidateDto } from '@lienthong/contracts';
import { displayDate } from '@lienthong/rules';
import ExcelJS from 'exceljs';

export const BADGE_LIST_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Tổ chức đảng',
  'Ngày vào Đảng',
  'Huy hiệu (năm tuổi Đảng)',
  'Ngày đủ tuổi Đảng',
  'Căn cứ',
  'Đề nghị',
  'Mốc chưa trao',
  'Căn cứ quy định',
] as const;

const BASIS: Record<AwardBasis, string> = { regular: 'Đủ tuổi Đảng', 'early-serious-illness': 'Trao sớm do ốm nặng', posthumous: 'Truy tặng' };

function decisionText(c: BadgeCandidateDto): string {
  if (c.decision === 'eligible') return 'Đề nghị trao dịp này';
  const until = c.notBefore ? ` đến ${displayDate(c.notBefore)}` : '';
  const next = c.nextOccasion ? `; đề nghị dịp ${displayDate(c.nextOccasion)}` : '';
  return `Chưa trao${until} (${c.reasons.join('; ')})${next}`;
}

const ruleText = (c: BadgeCandidateDto) => [c.source.document, c.source.article, c.source.note].filter((p) => p).join(', ');

export interface BadgeListHeading {
  orgName: string;
  occasion: string;
  occasionName: string;
}

/**
 * The badge register at an occasion as .xlsx (A4 landscape), streamed: title, numbered rows with
 * the basis and the rule each proposal rests on. `pages` yields the candidates page by page.
 */
export async function writeBadgeListXlsx(heading: BadgeListHeading, pages: AsyncIterable<BadgeCandidateDto[]>, output: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Huy hiệu Đảng', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [6, 26, 12, 26, 13, 12, 13, 18, 30, 12, 36].map((width) => ({ width }));
  const title = sheet.addRow([`DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG — ${heading.orgName}`]);
  title.font = { bold: true, size: 13 };
  title.commit();
  sheet.addRow([`Đợt ${displayDate(heading.occasion)} (${heading.occasionName})`]).commit();
  const header = sheet.addRow([...BADGE_LIST_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.commit();
  let n = 0;
  for await (const page of pages) {
    for (const c of page) {
      sheet
        .addRow([++n, c.fullName, displayDate(c.dateOfBirth), c.orgName, displayDate(c.admissionDecisionDate), `${c.milestone} năm`, displayDate(c.reachDate), BASIS[c.basis], decisionText(c), c.missed.map((y) => `${y} năm`).join(', '), ruleText(c)])
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  return n;
}
