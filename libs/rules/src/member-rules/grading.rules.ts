import { RuleTable } from '../rule-table/rule-table';

// Annual review and quality grading (members.md §6).

export type GradingLevel = 'hoan-thanh-xuat-sac' | 'hoan-thanh-tot' | 'hoan-thanh' | 'khong-hoan-thanh';

export const GRADING_LEVEL_NAMES: Readonly<Record<GradingLevel, string>> = {
  'hoan-thanh-xuat-sac': 'Hoàn thành xuất sắc nhiệm vụ',
  'hoan-thanh-tot': 'Hoàn thành tốt nhiệm vụ',
  'hoan-thanh': 'Hoàn thành nhiệm vụ',
  'khong-hoan-thanh': 'Không hoàn thành nhiệm vụ',
};

export interface GradingBand {
  level: GradingLevel;
  /** Lowest score (inclusive) on the 100-point scale; the band runs up to the next band's minimum. */
  minScore: number;
}

/** Bands from the highest level down. 124-QĐ/TW had no point scale, so the table starts with 366. */
export const GRADING_BANDS = new RuleTable<readonly GradingBand[]>('grading-bands', [
  {
    effectiveFrom: '2025-08-30',
    source: {
      document: 'Quy định 366-QĐ/TW ngày 30/8/2025',
      article: 'Điều 11',
      via: 'tintuc.thuvienphapluat.com; laodong.vn',
      note:
        'Xuất sắc ≥ 90; tốt 70 đến < 90; hoàn thành 50 đến < 70; không hoàn thành < 50. Điểm chỉ xác định khung: các điều kiện kèm theo (100% nhiệm vụ đúng hạn, ≥ 30% vượt yêu cầu …) và các trường hợp mặc nhiên "không hoàn thành" [VERIFY danh sách] do cấp có thẩm quyền xét.',
    },
    value: [
      { level: 'hoan-thanh-xuat-sac', minScore: 90 },
      { level: 'hoan-thanh-tot', minScore: 70 },
      { level: 'hoan-thanh', minScore: 50 },
      { level: 'khong-hoan-thanh', minScore: 0 },
    ],
  },
]);

export interface ExcellentCap {
  /** "Hoàn thành xuất sắc" ≤ percent % of `base`, within each group with similar functions. */
  percent: number;
  /**
   * What the percentage is of. The text says "số được xếp loại hoàn thành tốt nhiệm vụ"; the excellent are
   * chosen from among those who qualify as "tốt", so the base is everyone graded tốt or better
   * ('good-or-better'). Ambiguous in members.md — see docs/rules.md.
   */
  base: 'good-or-better';
}

export const EXCELLENT_CAP = new RuleTable<ExcellentCap>('excellent-cap', [
  {
    effectiveFrom: '2023-10-04',
    effectiveTo: '2025-08-30',
    source: { document: 'Quy định 124-QĐ/TW ngày 04/10/2023', via: 'lawnet.vn', note: 'Không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ.' },
    value: { percent: 20, base: 'good-or-better' },
  },
  {
    effectiveFrom: '2025-08-30',
    source: {
      document: 'Quy định 366-QĐ/TW ngày 30/8/2025',
      article: 'Điều 11',
      via: 'tintuc.thuvienphapluat.com "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025"',
      verify: true,
      note: 'Tỷ lệ 20% theo 124-QĐ/TW; members.md: 366 giữ nguyên 20% là "rất có thể" nhưng chưa xác minh.',
    },
    value: { percent: 20, base: 'good-or-better' },
  },
]);
