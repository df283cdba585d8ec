import { RuleTable } from '../rule-table/rule-table';

// The Party badge (Huy hiệu Đảng), members.md §4.6. Whether HD 06-HD/TW (2025) changed any of it is
// [VERIFY]; the table is written so that a new version can start on the date it did.

export type DisciplineForm = 'khien-trach' | 'canh-cao' | 'cach-chuc' | 'khai-tru';

export interface EarlyAwardBand {
  /** Milestones (years) from … to, inclusive. */
  fromYears: number;
  toYears: number;
  /** How many months before the milestone a seriously ill member may receive it. */
  monthsEarly: number;
}

export interface BadgeRules {
  milestones: readonly number[];
  /** Award occasions as month/day; the badge is presented on these dates at the grassroots organisation. */
  occasions: readonly { month: number; day: number; name: string }[];
  earlyForSeriousIllness: readonly EarlyAwardBand[];
  /** Posthumous award (truy tặng): at most this many months before the milestone. */
  posthumousMonthsEarly: number;
  /**
   * Months the award waits after a discipline decision, by form. A form that is absent does not delay;
   * khai-tru ends membership and is handled as ineligible, not as a delay.
   */
  disciplineDelayMonths: Partial<Record<DisciplineForm, number>>;
}

export const BADGE_RULES = new RuleTable<BadgeRules>('badge-rules', [
  {
    effectiveFrom: '2021-09-28',
    source: {
      document: 'Hướng dẫn 01-HD/TW ngày 28/9/2021; Quy định 29-QĐ/TW điểm 27.3 (kỷ luật)',
      article: 'điểm 18',
      via: 'thuvienphapluat.vn; htcustoms.gov.vn',
      verify: true,
      note:
        'Ngày ký 01-HD/TW là ngày nhớ lại, chưa đối chiếu. Kỷ luật: cảnh cáo hoãn 6 tháng, cách chức 12 tháng. Một quy định cấp thành phố cũ còn hoãn 3 tháng sau khiển trách — không thuộc văn bản trung ương nên không áp dụng ở đây; tổ chức nào áp dụng thì thêm phiên bản riêng.',
    },
    value: {
      milestones: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      occasions: [
        { month: 2, day: 3, name: 'Ngày thành lập Đảng Cộng sản Việt Nam (3/2)' },
        { month: 5, day: 19, name: 'Ngày sinh Chủ tịch Hồ Chí Minh (19/5)' },
        { month: 9, day: 2, name: 'Quốc khánh (2/9)' },
        { month: 11, day: 7, name: 'Ngày Cách mạng Tháng Mười Nga (7/11)' },
      ],
      earlyForSeriousIllness: [
        { fromYears: 30, toYears: 65, monthsEarly: 12 },
        { fromYears: 70, toYears: 90, monthsEarly: 24 },
      ],
      posthumousMonthsEarly: 12,
      disciplineDelayMonths: { 'canh-cao': 6, 'cach-chuc': 12 },
    },
  },
]);

/** Cash gift with the badge, as multiples of the base salary (mức lương cơ sở); null = not found. */
export const BADGE_GIFT_MULTIPLES = new RuleTable<Readonly<Record<number, number | null>>>('badge-gift-multiples', [
  {
    effectiveFrom: '2015-10-27',
    source: {
      document: 'Hướng dẫn 56-HD/VPTW ngày 27/10/2015',
      via: 'tintuc.thuvienphapluat.com; cunghoidap.com',
      verify: true,
      note: 'Mức cho 45, 85 và 90 năm chưa tìm thấy.',
    },
    value: { 30: 1.5, 40: 2, 45: null, 50: 3, 55: 3.5, 60: 5, 65: 6, 70: 8, 75: 10, 80: 15, 85: null, 90: null },
  },
]);
