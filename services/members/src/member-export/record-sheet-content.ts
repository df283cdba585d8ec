import { MEMBER_STATUS_LABELS, type MemberDto } from '@lienthong/contracts';
import { displayDate } from '@lienthong/rules';
import { THEORY_LABELS } from '../member-import/import-columns';

/** The orgs a record sheet is headed with: the superior org and the org holding the record. */
export interface SheetOrgs {
  parentName: string | null;
  orgName: string;
  /** Names of the orgs of the record's memberships, by id. */
  names: Record<string, string>;
}

export interface SheetTable {
  title: string;
  headers: string[];
  widths: number[];
  rows: string[][];
}

/** What a record sheet says, in the form's order; the xlsx and the PDF lay out the same content. */
export interface RecordSheetContent {
  parentName: string | null;
  orgName: string;
  /** Top-right numbers: số lý lịch, số thẻ. */
  numbers: string[];
  title: string;
  fields: [label: string, value: string][];
  tables: SheetTable[];
  /** A note printed when sensitive fields were left out. */
  withheldNote: string | null;
  placeAndDate: string;
  signature: string[];
}

const or = (v: string | null | undefined) => (v && v.trim() ? v : '—');

/**
 * The Phiếu đảng viên (mẫu 2-HSĐV) of a record, its items in the order of the lý lịch
 * (12-HD/BTCTW point 1.4, members.md §4.8): name in capitals, sex, birth name, aliases, date and place
 * of birth, home town, residence, ethnicity and religion (sensitive), occupation, education and
 * theory, the admission dates; then the periods, cards and org memberships as tables.
 */
export function recordSheetContent(member: MemberDto, orgs: SheetOrgs, today: string): RecordSheetContent {
  const first = member.periods[0];
  const s = member.sensitive;
  const fields: [string, string][] = [
    ['1. Họ và tên đang dùng', member.fullName.toLocaleUpperCase('vi')],
    ['2. Giới tính', member.sex === 'male' ? 'Nam' : 'Nữ'],
    ['3. Họ và tên khai sinh', or(member.birthName ?? member.fullName)],
    ['4. Bí danh', or(member.aliases.join(', '))],
    ['5. Ngày, tháng, năm sinh', displayDate(member.dateOfBirth)],
    ['6. Nơi sinh', or(member.placeOfBirth)],
    ['7. Quê quán', or(member.homeTown)],
    ['8. Nơi thường trú / tạm trú', `${or(member.permanentResidence)} / ${or(member.temporaryResidence)}`],
  ];
  if (s) fields.push(['9. Dân tộc', or(s.ethnicity)], ['10. Tôn giáo', or(s.religion)]);
  fields.push(
    ['11. Nghề nghiệp', or(member.occupation)],
    ['12. Trình độ: giáo dục phổ thông; chuyên môn', `${or(member.education)}; ${or(member.qualifications)}`],
    ['    Lý luận chính trị; ngoại ngữ', `${member.politicalTheory ? THEORY_LABELS[member.politicalTheory] : '—'}; ${or(member.languages.join(', '))}`],
    ['14. Ngày vào Đảng (quyết định kết nạp)', `${displayDate(member.firstAdmissionDecisionDate)}${first?.admissionDecisionNumber ? ` — QĐ số ${first.admissionDecisionNumber}` : ''}`],
    ['    Ngày lễ kết nạp', or(displayDate(first?.ceremonyDate ?? ''))],
    ['15. Ngày chính thức', or(displayDate(first?.recognitionDate ?? ''))],
    ['Số CCCD', or(member.citizenId)],
    ['Tình trạng', `${MEMBER_STATUS_LABELS[member.status].vi} (từ ${displayDate(member.statusSince)})`],
  );
  const tables: SheetTable[] = [
    {
      title: 'Các lần vào Đảng',
      headers: ['Ngày QĐ kết nạp', 'Số QĐ', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Ngày ra khỏi Đảng', 'Lý do'],
      widths: [14, 14, 14, 14, 14, 20],
      rows: member.periods.map((p) => [displayDate(p.admissionDecisionDate), p.admissionDecisionNumber ?? '', displayDate(p.ceremonyDate ?? ''), displayDate(p.recognitionDate ?? ''), displayDate(p.endedOn ?? ''), p.endReason ?? '']),
    },
    {
      title: 'Thẻ đảng viên',
      headers: ['Số thẻ', 'Ngày cấp', 'Ngày thay thẻ'],
      widths: [30, 30, 30],
      rows: member.cards.map((c) => [c.cardNumber, displayDate(c.issuedOn), displayDate(c.replacedOn ?? '')]),
    },
    {
      title: 'Sinh hoạt đảng',
      headers: ['Tổ chức đảng', 'Hình thức', 'Từ ngày', 'Đến ngày'],
      widths: [42, 16, 16, 16],
      rows: member.orgMemberships.map((o) => [orgs.names[o.orgId] ?? o.orgId, o.kind === 'official' ? 'Chính thức' : 'Tạm thời', displayDate(o.startedOn), displayDate(o.endedOn ?? '')]),
    },
  ];
  if (s && s.family.length > 0) {
    tables.push({
      title: '22. Quan hệ gia đình',
      headers: ['Quan hệ', 'Họ và tên', 'Năm sinh', 'Ghi chú'],
      widths: [16, 34, 12, 28],
      rows: s.family.map((f) => [f.relation, f.fullName, f.birthYear === null ? '' : String(f.birthYear), f.note ?? '']),
    });
  }
  return {
    parentName: orgs.parentName,
    orgName: orgs.orgName,
    numbers: [`Số lý lịch: ${member.historyNumber ?? '……………'}`, `Số thẻ đảng viên: ${member.cardNumber ?? '……………'}`],
    title: 'PHIẾU ĐẢNG VIÊN',
    fields,
    tables,
    withheldNote: member.sensitiveWithheld ? 'Các mục dân tộc, tôn giáo, gia đình, sức khỏe là dữ liệu nhạy cảm: không in (người in không có quyền xem).' : null,
    placeAndDate: `……………, ngày ${today.slice(8, 10)} tháng ${today.slice(5, 7)} năm ${today.slice(0, 4)}`,
    signature: ['T/M CẤP ỦY', '(Ký, ghi rõ họ tên, đóng dấu)'],
  };
}
