import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, POLITICAL_THEORY_LEVELS, type MemberStatus, type PoliticalTheoryLevel } from '@lienthong/contracts';

/** How a cell's text becomes a field value. */
export type ImportCellKind = 'text' | 'date' | 'sex' | 'status' | 'theory' | 'digits';

/**
 * One column of the import template (docs/import.md). `field` is the path in CreateMemberRequest
 * (`periods.0.admissionDecisionDate`), so a validation detail maps back to its column.
 */
export interface ImportColumn {
  header: string;
  field: string;
  kind: ImportCellKind;
  required: boolean;
  width: number;
  note: string;
  example: string;
  /** Values offered by the template's drop-down list (data validation). */
  list?: readonly string[];
}

export const SEX_LABELS: Record<string, 'male' | 'female'> = { nam: 'male', 'nữ': 'female', male: 'male', female: 'female' };

export const THEORY_LABELS: Record<PoliticalTheoryLevel, string> = {
  none: 'Chưa qua đào tạo',
  'so-cap': 'Sơ cấp',
  'trung-cap': 'Trung cấp',
  'cao-cap': 'Cao cấp',
  'cu-nhan': 'Cử nhân',
};

const STATUS_LIST = MEMBER_STATUSES.map((s: MemberStatus) => MEMBER_STATUS_LABELS[s].vi);
const THEORY_LIST = POLITICAL_THEORY_LEVELS.map((l: PoliticalTheoryLevel) => THEORY_LABELS[l]);
const DATE_NOTE = 'Ngày dạng dd/mm/yyyy (ô kiểu ngày hoặc chữ).';

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: 'Họ và tên', field: 'fullName', kind: 'text', required: true, width: 26, note: 'Họ tên đang dùng, như trên CCCD.', example: 'Nguyễn Văn An' },
  { header: 'Giới tính', field: 'sex', kind: 'sex', required: true, width: 10, note: 'Nam hoặc Nữ.', example: 'Nam', list: ['Nam', 'Nữ'] },
  { header: 'Ngày sinh', field: 'dateOfBirth', kind: 'date', required: true, width: 12, note: DATE_NOTE, example: '12/03/1985' },
  { header: 'Số CCCD', field: 'citizenId', kind: 'digits', required: false, width: 15, note: '12 chữ số; nhập dạng chữ để giữ số 0 đầu.', example: '038085001234' },
  { header: 'Nơi sinh', field: 'placeOfBirth', kind: 'text', required: false, width: 24, note: 'Xã/phường, tỉnh/thành phố.', example: 'Xã Hải Châu, tỉnh Thanh Hóa' },
  { header: 'Quê quán', field: 'homeTown', kind: 'text', required: false, width: 20, note: '', example: 'Thanh Hóa' },
  { header: 'Nơi thường trú', field: 'permanentResidence', kind: 'text', required: false, width: 24, note: '', example: 'Phường Ba Đình, Hà Nội' },
  { header: 'Nghề nghiệp', field: 'occupation', kind: 'text', required: false, width: 16, note: '', example: 'Chuyên viên' },
  { header: 'Trình độ giáo dục phổ thông', field: 'education', kind: 'text', required: false, width: 12, note: 'Ví dụ 12/12.', example: '12/12' },
  { header: 'Lý luận chính trị', field: 'politicalTheory', kind: 'theory', required: false, width: 16, note: 'Chọn trong danh sách.', example: 'Trung cấp', list: THEORY_LIST },
  { header: 'Số lý lịch', field: 'historyNumber', kind: 'text', required: false, width: 12, note: '6 chữ số và 1–3 chữ cái.', example: '' },
  { header: 'Ngày quyết định kết nạp', field: 'periods.0.admissionDecisionDate', kind: 'date', required: true, width: 14, note: DATE_NOTE, example: '15/05/2010' },
  { header: 'Số quyết định kết nạp', field: 'periods.0.admissionDecisionNumber', kind: 'text', required: false, width: 14, note: '', example: '125-QĐ/HU' },
  { header: 'Ngày lễ kết nạp', field: 'periods.0.ceremonyDate', kind: 'date', required: false, width: 14, note: DATE_NOTE, example: '01/06/2010' },
  { header: 'Ngày công nhận chính thức', field: 'periods.0.recognitionDate', kind: 'date', required: false, width: 14, note: DATE_NOTE, example: '01/06/2011' },
  { header: 'Số thẻ đảng viên', field: 'cards.0.cardNumber', kind: 'digits', required: false, width: 14, note: 'Nhập dạng chữ để giữ số 0 đầu.', example: '01234567' },
  { header: 'Ngày cấp thẻ', field: 'cards.0.issuedOn', kind: 'date', required: false, width: 12, note: DATE_NOTE, example: '03/03/2012' },
  { header: 'Tình trạng', field: 'status', kind: 'status', required: true, width: 22, note: 'Chọn trong danh sách.', example: MEMBER_STATUS_LABELS.official.vi, list: STATUS_LIST },
  { header: 'Mã tổ chức đảng', field: 'orgId', kind: 'text', required: false, width: 38, note: 'Để trống: tổ chức đảng được chọn khi tải lên. Nếu ghi: mã (UUID) của một tổ chức thuộc phạm vi đó.', example: '' },
];

/** Column letter of a 0-based column index (A, B, … Z, AA, …). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Header text compared without case, stray spaces, or Unicode form differences. */
export function headerKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/\s*\*$/, '').toLocaleLowerCase('vi');
}

export const IMPORT_MAX_ROWS = 200_000;
export const IMPORT_HEADER_ROW = 1;
