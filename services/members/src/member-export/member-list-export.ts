import type { Writable } from 'node:stream';
import { MEMBER_STATUS_LABELS, type MemberStatus, type PoliticalTheoryLevel } from '@lienthong/contracts';
import { displayDate } from '@lienthong/rules';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { THEORY_LABELS } from '../member-import/import-columns';

/** Sổ danh sách đảng viên, Mẫu 7-HSĐV: its 14 columns (members.md §4.4), in the form's order. */
export const HSDV7_HEADERS = [
  'STT',
  'Họ và tên đang dùng / Họ và tên khai sinh',
  'Giới tính, dân tộc, tôn giáo',
  'Quê quán',
  'Trình độ: giáo dục phổ thông, lý luận chính trị, chuyên môn, ngoại ngữ',
  'Nghề nghiệp',
  'Ngày vào Đảng / Ngày chính thức',
  'Số thẻ đảng viên, số lý lịch, số huy hiệu Đảng',
  'Quân đội, công an, nghỉ hưu',
  'Ngày chuyển đi, nơi chuyển đến',
  'Ngày chuyển đến, nơi chuyển từ',
  'Ngày từ trần, lý do',
  'Ngày và hình thức ra khỏi Đảng',
  'Ghi chú',
] as const;

interface ListRow {
  id: string;
  org_path: string;
  full_name_folded: string;
  full_name: string;
  birth_name: string | null;
  sex: 'male' | 'female';
  home_town: string | null;
  education: string | null;
  political_theory: PoliticalTheoryLevel | null;
  qualifications: string | null;
  languages: string[];
  occupation: string | null;
  first_admission: string;
  recognition: string | null;
  card_number: string | null;
  history_number: string | null;
  status: MemberStatus;
  status_since: string;
  org_name: string;
}

const PAGE = 2000;
const join = (parts: (string | null | undefined)[], sep = '; ') => parts.filter((p) => p).join(sep);
const LEFT: readonly MemberStatus[] = ['removed', 'expelled', 'resigned'];

function formRow(n: number, r: ListRow): (string | number)[] {
  const since = displayDate(r.status_since);
  return [
    n,
    join([r.full_name, r.birth_name && r.birth_name !== r.full_name ? r.birth_name : null], ' / '),
    r.sex === 'male' ? 'Nam' : 'Nữ', // ethnicity and religion are sensitive data: not in a list export
    r.home_town ?? '',
    join([r.education, r.political_theory ? THEORY_LABELS[r.political_theory] : null, r.qualifications, r.languages.join(', ')]),
    r.occupation ?? '',
    join([displayDate(r.first_admission), displayDate(r.recognition ?? '')], ' / '),
    join([r.card_number, r.history_number]),
    '',
    r.status === 'transferred-out' ? since : '',
    '',
    r.status === 'deceased' ? since : '',
    LEFT.includes(r.status) ? `${since} — ${MEMBER_STATUS_LABELS[r.status].vi}` : '',
    join([r.org_name, r.status === 'probationary' || r.status === 'official' ? null : MEMBER_STATUS_LABELS[r.status].vi]),
  ];
}

/**
 * Writes the members held by an org subtree (the org at `rootPath` and below) as a 7-HSĐV list to
 * `output`: exceljs's streaming writer (rows committed as written) over keyset pages of the
 * subtree index (org_path, full_name_folded, id) — memory stays flat at any size. Answers the
 * number of members written; `onPage` hears the count after each page (a job's progress).
 */
export async function exportMemberList(m: EntityManager, rootPath: string, orgName: string, output: Writable, onPage?: (rowsSoFar: number) => Promise<void>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('7-HSĐV', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = HSDV7_HEADERS.map((_h, i) => ({ width: [6, 28, 12, 18, 30, 16, 16, 22, 12, 18, 18, 14, 20, 24][i] }));
  const title = sheet.addRow([`SỔ DANH SÁCH ĐẢNG VIÊN — ${orgName}`]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const header = sheet.addRow([...HSDV7_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.commit();
  sheet.addRow(HSDV7_HEADERS.map((_h, i) => i + 1)).commit();
  let after: [string, string, string] = ['', '', '00000000-0000-0000-0000-000000000000'];
  let n = 0;
  for (;;) {
    const page = await m.query<ListRow[]>(
      `SELECT p.id, p.org_path, p.full_name_folded, p.full_name, p.birth_name, p.sex, p.home_town, p.education, p.political_theory, p.qualifications,
              p.languages, p.occupation, to_char(p.first_admission_date, 'YYYY-MM-DD') AS first_admission,
              (SELECT to_char(max(recognition_date), 'YYYY-MM-DD') FROM member_period mp WHERE mp.member_id = p.id) AS recognition,
              p.card_number, p.history_number, p.status, to_char(p.status_since, 'YYYY-MM-DD') AS status_since, o.name AS org_name
         FROM party_member p JOIN org o ON o.id = p.org_id
        WHERE p.org_path >= $1 AND p.org_path < $1 || '~' AND (p.org_path, p.full_name_folded, p.id) > ($2::text COLLATE "C", $3::text COLLATE "C", $4::uuid)
        ORDER BY p.org_path, p.full_name_folded, p.id LIMIT ${PAGE}`,
      [rootPath, ...after],
    );
    for (const r of page) sheet.addRow(formRow(++n, r)).commit();
    await onPage?.(n);
    if (page.length < PAGE) break;
    const last = page[page.length - 1];
    after = [last.org_path, last.full_name_folded, last.id];
  }
  sheet.commit();
  await workbook.commit();
  return n;
}
