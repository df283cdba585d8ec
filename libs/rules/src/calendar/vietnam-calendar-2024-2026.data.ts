import { type LocalDate } from '../local-date/local-date';
import { type RuleSource } from '../rule-table/rule-source';
import { type CalendarDay, type ExtraDayOff } from './calendar-data';
import { LABOUR_CODE_COMPENSATORY, LABOUR_CODE_HOLIDAYS } from './calendar-sources';

// Announced schedules for cán bộ, công chức, viên chức, 2024–2026. Dates were checked against press
// reports of the Government's decisions (listed per source); where only a proposal or a secondary page
// was found the source says verify: true.

const day = (date: LocalDate, name: string, source: RuleSource): CalendarDay => ({ date, name, source });
const off = (date: LocalDate, name: string, source: RuleSource, kind: ExtraDayOff['kind']): ExtraDayOff => ({
  date,
  name,
  source,
  kind,
});

const TET_2024: RuleSource = {
  document: 'Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch 2024 (theo ý kiến Thủ tướng)',
  verify: true,
  note: 'Nghỉ 08/02–14/02/2024 (29 tháng Chạp Quý Mão–mùng 5 Giáp Thìn), 7 ngày, không làm bù; số văn bản chưa ghi nhận.',
};
const MAY_2024: RuleSource = {
  document: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024',
  via: 'baophapluat.vn; chinhphu.vn 20/4/2024',
  note: 'Hoán đổi thứ Hai 29/4 với thứ Bảy 04/5/2024: nghỉ 27/4–01/5.',
};
const SEPT_2024: RuleSource = {
  ...LABOUR_CODE_HOLIDAYS,
  verify: true,
  note: 'Quốc khánh 2024: nghỉ 02/9 và 03/9 (cùng cuối tuần: 31/8–03/9).',
};
const YEAR_2025: RuleSource = {
  document: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024',
  via: 'pld.net.vn; vietnamplus.vn',
  note: 'Tết Ất Tỵ 25/01–02/02/2025 (5 ngày Tết + 4 ngày nghỉ hằng tuần); hoán đổi thứ Sáu 02/5 với thứ Bảy 26/4/2025.',
};
const TET_2025: RuleSource = {
  ...YEAR_2025,
  verify: true,
  note: 'Ngày Tết được ấn định 27/01–31/01/2025 (28 tháng Chạp–mùng 3); chưa đọc được văn bản xem có ngày làm bù không — báo chí ghi 5 ngày Tết + 4 ngày cuối tuần.',
};
const SEPT_2025: RuleSource = { ...LABOUR_CODE_HOLIDAYS, verify: true, note: 'Quốc khánh 2025: nghỉ 01/9 và 02/9 (30/8–02/9).' };
const NEW_YEAR_2026: RuleSource = {
  document: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025',
  via: 'tracuuquyhoach.com, báo chí 25/12/2025',
  note: 'Nghỉ 01/01–04/01/2026; hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026.',
};
const TET_2026: RuleSource = {
  document: 'Phương án nghỉ Tết Âm lịch 2026 của Bộ Nội vụ, được Thủ tướng đồng ý',
  via: 'congan.com.vn "Chính thức chốt phương án Tết Nguyên đán Bính Ngọ 2026 nghỉ 9 ngày"',
  note: 'Nghỉ 14/02–22/02/2026 (27 tháng Chạp Ất Tỵ–mùng 6 Bính Ngọ); 5 ngày Tết 16/02–20/02, không làm bù.',
};
const SEPT_2026: RuleSource = {
  document: 'Phương án nghỉ lễ Quốc khánh 2026 của Bộ Nội vụ (trình cùng phương án Tết 2026)',
  via: 'vnbiznews.com "Bộ Nội vụ đề xuất nghỉ 5 ngày dịp lễ Quốc khánh 2026"',
  verify: true,
  note: 'Nghỉ 01/9 và 02/9; hoán đổi thứ Hai 31/8 với thứ Bảy 22/8/2026 (29/8–02/9). Chỉ thấy tin đề xuất, chưa thấy văn bản đồng ý riêng.',
};

export const HOLIDAYS_2024_2026: readonly CalendarDay[] = [
  day('2024-01-01', 'Tết Dương lịch', LABOUR_CODE_HOLIDAYS),
  day('2024-02-08', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', TET_2024),
  day('2024-02-09', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', TET_2024),
  day('2024-02-10', 'Tết Nguyên đán Giáp Thìn (mùng 1)', TET_2024),
  day('2024-02-11', 'Tết Nguyên đán Giáp Thìn (mùng 2)', TET_2024),
  day('2024-02-12', 'Tết Nguyên đán Giáp Thìn (mùng 3)', TET_2024),
  day('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE_HOLIDAYS),
  day('2024-04-30', 'Ngày Chiến thắng', LABOUR_CODE_HOLIDAYS),
  day('2024-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE_HOLIDAYS),
  day('2024-09-02', 'Quốc khánh', LABOUR_CODE_HOLIDAYS),
  day('2024-09-03', 'Quốc khánh (ngày liền kề)', SEPT_2024),

  day('2025-01-01', 'Tết Dương lịch', LABOUR_CODE_HOLIDAYS),
  day('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', TET_2025),
  day('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', TET_2025),
  day('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1)', TET_2025),
  day('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2)', TET_2025),
  day('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3)', TET_2025),
  day('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE_HOLIDAYS),
  day('2025-04-30', 'Ngày Chiến thắng', LABOUR_CODE_HOLIDAYS),
  day('2025-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE_HOLIDAYS),
  day('2025-09-01', 'Quốc khánh (ngày liền kề)', SEPT_2025),
  day('2025-09-02', 'Quốc khánh', LABOUR_CODE_HOLIDAYS),

  day('2026-01-01', 'Tết Dương lịch', LABOUR_CODE_HOLIDAYS),
  day('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', TET_2026),
  day('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1)', TET_2026),
  day('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2)', TET_2026),
  day('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3)', TET_2026),
  day('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4)', TET_2026),
  day('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE_HOLIDAYS),
  day('2026-04-30', 'Ngày Chiến thắng', LABOUR_CODE_HOLIDAYS),
  day('2026-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE_HOLIDAYS),
  day('2026-09-01', 'Quốc khánh (ngày liền kề)', SEPT_2026),
  day('2026-09-02', 'Quốc khánh', LABOUR_CODE_HOLIDAYS),
];

export const EXTRA_DAYS_OFF_2024_2026: readonly ExtraDayOff[] = [
  off('2024-02-13', 'Nghỉ bù Tết (mùng 1, mùng 2 trùng cuối tuần)', TET_2024, 'nghi-bu'),
  off('2024-02-14', 'Nghỉ bù Tết (mùng 1, mùng 2 trùng cuối tuần)', TET_2024, 'nghi-bu'),
  off('2024-04-29', 'Hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/5)', MAY_2024, 'hoan-doi'),
  off('2025-05-02', 'Hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4)', YEAR_2025, 'hoan-doi'),
  off('2026-01-02', 'Hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)', NEW_YEAR_2026, 'hoan-doi'),
  off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4)', LABOUR_CODE_COMPENSATORY, 'nghi-bu'),
  off('2026-08-31', 'Hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)', SEPT_2026, 'hoan-doi'),
];

export const SWAPPED_WORKING_DAYS_2024_2026: readonly CalendarDay[] = [
  day('2024-05-04', 'Làm bù cho thứ Hai 29/4/2024', MAY_2024),
  day('2025-04-26', 'Làm bù cho thứ Sáu 02/5/2025', YEAR_2025),
  day('2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026', NEW_YEAR_2026),
  day('2026-08-22', 'Làm bù cho thứ Hai 31/8/2026', SEPT_2026),
];
