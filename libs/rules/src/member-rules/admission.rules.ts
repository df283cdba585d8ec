import { RuleTable } from '../rule-table/rule-table';
import { underEachStatuteRegulation } from './statute-regulations';

// Admission, probation and official recognition (members.md §4.1).

export interface WorkingDaysRule {
  workingDays: number;
}

/** The competent committee decides within 60 working days of the chi bộ resolution. */
export const ADMISSION_DECISION_DEADLINE = new RuleTable<WorkingDaysRule>(
  'admission-decision-deadline',
  underEachStatuteRegulation(
    { workingDays: 60 },
    (doc) => (doc.startsWith('Quy định 232') ? 'điểm 4.3.1' : undefined),
    'Cấp ủy có thẩm quyền quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết (members.md chỉ đọc được ở 232-QĐ/TW).',
  ),
);

/** The chi bộ holds the admission ceremony within 30 working days of receiving the decision. */
export const ADMISSION_CEREMONY_DEADLINE = new RuleTable<WorkingDaysRule>(
  'admission-ceremony-deadline',
  underEachStatuteRegulation(
    { workingDays: 30 },
    () => undefined,
    'Chi bộ tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận quyết định; muộn hơn phải được cấp ủy cấp trên trực tiếp đồng ý.',
  ),
);

/** Probation (dự bị) length in months, counted from the admission ceremony and looked up on that day (recognitionSchedule). */
export const PROBATION_LENGTH = new RuleTable<{ months: number }>('probation-length', [
  {
    effectiveFrom: '2011-01-19',
    source: {
      document: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 19/01/2011)',
      article: 'Điều 5',
      note: 'Thời kỳ dự bị 12 tháng, tính từ ngày chi bộ tổ chức lễ kết nạp. Độ dài các thời kỳ trước (2/4/6/12 tháng 1930–1951, 6 tháng–2 năm 1951–1960 …, HD 12-HD/BTCTW Phụ lục 1) chưa được nhập: hồ sơ cũ nhập ngày chính thức bằng tay.',
    },
    value: { months: 12 },
  },
]);

/** The chi bộ considers official recognition within 30 working days after probation ends. */
export const RECOGNITION_CONSIDERATION_DEADLINE = new RuleTable<WorkingDaysRule>(
  'recognition-consideration-deadline',
  underEachStatuteRegulation(
    { workingDays: 30 },
    (doc) => (doc.startsWith('Quy định 29') ? 'điểm 4.2' : doc.startsWith('Quy định 24') ? 'Điều 5' : undefined),
    'Trong 30 ngày làm việc kể từ ngày hết 12 tháng dự bị, chi bộ phải xét công nhận chính thức; đảng viên đủ điều kiện được công nhận chính thức từ ngày hết 12 tháng dự bị dù họp hoặc duyệt muộn.',
  ),
);

/** Votes without the required majority before the matter goes up to the superior committee. */
export const RECOGNITION_VOTING = new RuleTable<{ maxVotes: number; requiredNumerator: number; requiredDenominator: number }>(
  'recognition-voting',
  underEachStatuteRegulation(
    { maxVotes: 3, requiredNumerator: 2, requiredDenominator: 3 },
    (doc) => (doc.startsWith('Quy định 29') ? 'điểm 4.2' : doc.startsWith('Quy định 24') ? 'Điều 5' : undefined),
    'Sau 3 lần biểu quyết không đạt 2/3 số đảng viên chính thức (hoặc cấp ủy viên) tán thành thì báo cáo cấp ủy cấp trên.',
  ),
);
