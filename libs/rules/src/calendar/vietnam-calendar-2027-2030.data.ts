import { type LocalDate } from '../local-date/local-date';
import { type CalendarDay, type ExtraDayOff } from './calendar-data';
import { LABOUR_CODE_COMPENSATORY, LUNAR_CONVERSION_NOTE, provisionalSource } from './calendar-sources';

// 2027–2030: not yet announced when this was written (November 2026). The holidays are the Labour Code's,
// the Tết days follow the usual "1 day before + 4 days after mùng 1", and a holiday on a weekend gives a
// compensatory day (Article 112(3)). Every day is marked provisional; replace a year with the Prime
// Minister's decision when it comes (docs/rules.md). Lunar dates: see LUNAR_CONVERSION_NOTE.

const holiday = (date: LocalDate, name: string): CalendarDay => {
  const year = Number(date.slice(0, 4));
  const source = { ...provisionalSource(year), note: `${provisionalSource(year).note} ${LUNAR_CONVERSION_NOTE}` };
  return { date, name, source, provisional: true };
};
const compensatory = (date: LocalDate, name: string): ExtraDayOff => ({
  date,
  name,
  source: { ...LABOUR_CODE_COMPENSATORY, verify: true },
  kind: 'nghi-bu',
  provisional: true,
});

export const HOLIDAYS_2027_2030: readonly CalendarDay[] = [
  holiday('2027-01-01', 'Tết Dương lịch'),
  holiday('2027-02-05', 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp)'),
  holiday('2027-02-06', 'Tết Nguyên đán Đinh Mùi (mùng 1)'),
  holiday('2027-02-07', 'Tết Nguyên đán Đinh Mùi (mùng 2)'),
  holiday('2027-02-08', 'Tết Nguyên đán Đinh Mùi (mùng 3)'),
  holiday('2027-02-09', 'Tết Nguyên đán Đinh Mùi (mùng 4)'),
  holiday('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  holiday('2027-04-30', 'Ngày Chiến thắng'),
  holiday('2027-05-01', 'Ngày Quốc tế Lao động'),
  holiday('2027-09-02', 'Quốc khánh'),
  holiday('2027-09-03', 'Quốc khánh (ngày liền kề)'),

  holiday('2028-01-01', 'Tết Dương lịch'),
  holiday('2028-01-25', 'Tết Nguyên đán Mậu Thân (29 tháng Chạp)'),
  holiday('2028-01-26', 'Tết Nguyên đán Mậu Thân (mùng 1)'),
  holiday('2028-01-27', 'Tết Nguyên đán Mậu Thân (mùng 2)'),
  holiday('2028-01-28', 'Tết Nguyên đán Mậu Thân (mùng 3)'),
  holiday('2028-01-29', 'Tết Nguyên đán Mậu Thân (mùng 4)'),
  holiday('2028-04-04', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  holiday('2028-04-30', 'Ngày Chiến thắng'),
  holiday('2028-05-01', 'Ngày Quốc tế Lao động'),
  holiday('2028-09-01', 'Quốc khánh (ngày liền kề)'),
  holiday('2028-09-02', 'Quốc khánh'),

  holiday('2029-01-01', 'Tết Dương lịch'),
  holiday('2029-02-12', 'Tết Nguyên đán Kỷ Dậu (29 tháng Chạp)'),
  holiday('2029-02-13', 'Tết Nguyên đán Kỷ Dậu (mùng 1)'),
  holiday('2029-02-14', 'Tết Nguyên đán Kỷ Dậu (mùng 2)'),
  holiday('2029-02-15', 'Tết Nguyên đán Kỷ Dậu (mùng 3)'),
  holiday('2029-02-16', 'Tết Nguyên đán Kỷ Dậu (mùng 4)'),
  holiday('2029-04-23', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  holiday('2029-04-30', 'Ngày Chiến thắng'),
  holiday('2029-05-01', 'Ngày Quốc tế Lao động'),
  holiday('2029-09-02', 'Quốc khánh'),
  holiday('2029-09-03', 'Quốc khánh (ngày liền kề)'),

  holiday('2030-01-01', 'Tết Dương lịch'),
  holiday('2030-02-01', 'Tết Nguyên đán Canh Tuất (29 tháng Chạp)'),
  holiday('2030-02-02', 'Tết Nguyên đán Canh Tuất (mùng 1)'),
  holiday('2030-02-03', 'Tết Nguyên đán Canh Tuất (mùng 2)'),
  holiday('2030-02-04', 'Tết Nguyên đán Canh Tuất (mùng 3)'),
  holiday('2030-02-05', 'Tết Nguyên đán Canh Tuất (mùng 4)'),
  holiday('2030-04-12', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  holiday('2030-04-30', 'Ngày Chiến thắng'),
  holiday('2030-05-01', 'Ngày Quốc tế Lao động'),
  holiday('2030-09-02', 'Quốc khánh'),
  holiday('2030-09-03', 'Quốc khánh (ngày liền kề)'),
];

export const EXTRA_DAYS_OFF_2027_2030: readonly ExtraDayOff[] = [
  compensatory('2027-02-10', 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)'),
  compensatory('2027-02-11', 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)'),
  compensatory('2027-05-03', 'Nghỉ bù Quốc tế Lao động (trùng thứ Bảy)'),
  compensatory('2028-01-03', 'Nghỉ bù Tết Dương lịch (trùng thứ Bảy)'),
  compensatory('2028-01-31', 'Nghỉ bù Tết (mùng 4 trùng thứ Bảy)'),
  compensatory('2028-05-02', 'Nghỉ bù Ngày Chiến thắng (trùng Chủ nhật)'),
  compensatory('2028-09-04', 'Nghỉ bù Quốc khánh (trùng thứ Bảy)'),
  compensatory('2029-09-04', 'Nghỉ bù Quốc khánh (trùng Chủ nhật)'),
  compensatory('2030-02-06', 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)'),
  compensatory('2030-02-07', 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)'),
];
