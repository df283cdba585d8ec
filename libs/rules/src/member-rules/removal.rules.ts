import { RuleTable } from '../rule-table/rule-table';

// Removal from the roll (xóa tên) and complaints about it (members.md §4.7).

export interface RemovalRules {
  /** Abandoning activity or not paying dues for this many months in a year without good reason. */
  monthsAbsentInYear: number;
  /** No improvement this many months after education by the chi bộ. */
  monthsWithoutImprovement: number;
  /** Violating member standards this many years in a row. */
  yearsOfViolation: number;
  /** A complaint may be lodged within this many working days of the decision. */
  complaintWorkingDays: number;
  /** Complaints are resolved within these many working days. */
  resolutionWorkingDays: { provincialOrDistrict: number; central: number };
}

export const REMOVAL_RULES = new RuleTable<RemovalRules>('removal-rules', [
  {
    effectiveFrom: '2016-07-25',
    source: {
      document: 'Quy định 29-QĐ/TW ngày 25/7/2016; Quy định 24-QĐ/TW ngày 30/7/2021',
      article: 'điểm 8.1',
      via: 'nptlawyer.com, lsx.vn; thời hạn khiếu nại: nganhangphapluat.thukyluat.vn',
      verify: true,
      note: 'Chưa đối chiếu với 294-QĐ/TW (2025); members.md cho biết các thời hạn không đổi qua các phiên bản.',
    },
    value: {
      monthsAbsentInYear: 3,
      monthsWithoutImprovement: 12,
      yearsOfViolation: 2,
      complaintWorkingDays: 30,
      resolutionWorkingDays: { provincialOrDistrict: 90, central: 180 },
    },
  },
]);
