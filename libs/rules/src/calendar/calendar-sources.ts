import { type RuleSource } from '../rule-table/rule-source';

/** Bộ luật Lao động 2019, Article 112(1): the holidays themselves. */
export const LABOUR_CODE_HOLIDAYS: RuleSource = {
  document: 'Bộ luật Lao động số 45/2019/QH14',
  article: 'Điều 112 khoản 1',
  note: 'Tết Dương lịch 1 ngày; Tết Âm lịch 5 ngày; 30/4; 1/5; Quốc khánh 2 ngày (2/9 và 1 ngày liền kề trước hoặc sau); Giỗ Tổ Hùng Vương 10/3 âm lịch.',
};

/** Bộ luật Lao động 2019, Article 112(3): a holiday on a weekly rest day is taken on the next working day. */
export const LABOUR_CODE_COMPENSATORY: RuleSource = {
  document: 'Bộ luật Lao động số 45/2019/QH14',
  article: 'Điều 112 khoản 3',
  note: 'Ngày nghỉ lễ, tết trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp.',
};

/** Lunar dates converted with Hồ Ngọc Đức's algorithm at UTC+7 (Vietnamese calendar, not the Chinese one). */
export const LUNAR_CONVERSION_NOTE =
  'Ngày âm lịch quy đổi theo múi giờ UTC+7 (thuật toán Hồ Ngọc Đức); năm 2030 Tết Việt Nam là 02/02, Tết Trung Quốc là 03/02.';

export function provisionalSource(year: number): RuleSource {
  return {
    ...LABOUR_CODE_HOLIDAYS,
    verify: true,
    note:
      `Năm ${year}: lịch nghỉ chính thức chưa được công bố khi nhập dữ liệu. Tạm tính theo Bộ luật Lao động ` +
      '(Tết: 1 ngày cuối năm + 4 ngày đầu năm; Quốc khánh: ngày liền kề nối với cuối tuần) và nghỉ bù theo Điều 112(3). ' +
      'Thay bằng lịch Thủ tướng quyết định khi có (docs/rules.md).',
  };
}
