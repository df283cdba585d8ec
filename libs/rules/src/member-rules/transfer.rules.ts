import { RuleTable } from '../rule-table/rule-table';

// Transfer of party activity (members.md §4.4). Only 294-QĐ/TW's wording was read for the deadlines, so
// the table starts on its effective date: a transfer begun earlier is looked up as "not in force" and the
// caller must enter its dates by hand rather than be given a guessed deadline.

const TRANSFER_294 = {
  document: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025)',
  article: 'điểm 6.3.1',
  via: 'ngoisao.vn 08/6/2025',
};

/** Official transfer: the member starts it within 60 working days of the decision's effect or the move. */
export const TRANSFER_START_DEADLINE = new RuleTable<{ workingDays: number }>('transfer-start-deadline', [
  {
    effectiveFrom: '2025-07-01',
    source: {
      ...TRANSFER_294,
      note: 'Trong 60 ngày làm việc kể từ ngày quyết định (chuyển công tác, nghỉ hưu, thôi việc, xuất ngũ …) có hiệu lực hoặc từ ngày chuyển nơi cư trú.',
    },
    value: { workingDays: 60 },
  },
]);

/** The member presents the introduction letter to the receiving organisation within 30 working days. */
export const TRANSFER_PRESENT_DEADLINE = new RuleTable<{ workingDays: number }>('transfer-present-deadline', [
  {
    effectiveFrom: '2025-07-01',
    source: {
      ...TRANSFER_294,
      note: 'Xuất trình giấy giới thiệu sinh hoạt đảng với chi ủy/đảng ủy nơi đến trong 30 ngày làm việc (tính từ ngày ký giấy giới thiệu — members.md không nói rõ mốc; chọn ngày ký giấy); quá hạn phải giải trình.',
    },
    value: { workingDays: 30 },
  },
]);

export interface TemporaryTransferDurations {
  /** Changing residence or workplace: from minMonths up to (excluding) maxMonthsExclusive. */
  residenceOrWork: { minMonths: number; maxMonthsExclusive: number };
  /** Full-time study in Vietnam then returning: minMonths to maxMonths (inclusive). */
  domesticStudy: { minMonths: number; maxMonths: number };
}

/** When a temporary (tạm thời) transfer applies instead of an official one. */
export const TEMPORARY_TRANSFER_DURATIONS = new RuleTable<TemporaryTransferDurations>('temporary-transfer-durations', [
  {
    effectiveFrom: '2016-07-25',
    source: {
      document: 'Quy định 29-QĐ/TW ngày 25/7/2016',
      via: 'ezlearning.edu.vn',
      verify: true,
      note: 'Từ 3 tháng đến dưới 1 năm (đổi nơi cư trú, nơi làm việc); học tập trung trong nước 3 tháng đến 2 năm. Câu chữ trong 294-QĐ/TW và 06-HD/TW (2025) chưa đọc được (domain/README.md, câu hỏi mở 9).',
    },
    value: { residenceOrWork: { minMonths: 3, maxMonthsExclusive: 12 }, domesticStudy: { minMonths: 3, maxMonths: 24 } },
  },
]);
