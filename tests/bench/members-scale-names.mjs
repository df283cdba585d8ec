// Vietnamese name parts with their frequencies for the members scale benchmark (`members-scale.bench.mjs`).
// Family names: the usual survey shares (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %, …), the rest spread over
// less common and rare names. Middle and given names by sex, weights rough but skewed like real rolls
// (Văn and Thị dominate). Weights are relative; `slots()` turns them into a lookup table for SQL.

export const FAMILY = [
  ['Nguyễn', 366], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 35], ['Huỳnh', 16], ['Phan', 45], ['Vũ', 25],
  ['Võ', 14], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5],
  ['Đào', 8], ['Đoàn', 8], ['Trịnh', 7], ['Trương', 7], ['Đinh', 7], ['Lâm', 5], ['Mai', 5], ['Hà', 5], ['Cao', 4],
  ['Lương', 4], ['Tạ', 3], ['Tô', 3], ['Vương', 3], ['Chu', 3], ['Thái', 2], ['Lưu', 2], ['Kiều', 2], ['Quách', 1],
  ['Triệu', 1], ['Khổng', 0.5], ['Lục', 0.3], ['Âu', 0.2],
];

export const MIDDLE_MALE = [
  ['Văn', 300], ['Đức', 80], ['Minh', 80], ['Quang', 60], ['Hữu', 60], ['Công', 50], ['Thanh', 50], ['Xuân', 35],
  ['Đình', 45], ['Ngọc', 30], ['Tuấn', 20], ['Trọng', 30], ['Quốc', 40], ['Anh', 20], ['Hoàng', 20], ['Mạnh', 15],
  ['Văn Minh', 10], ['Đức Anh', 10], ['Thế', 20], ['Tiến', 15],
];

export const MIDDLE_FEMALE = [
  ['Thị', 500], ['Ngọc', 60], ['Thu', 50], ['Thanh', 50], ['Minh', 30], ['Kim', 30], ['Hồng', 40], ['Thùy', 25],
  ['Phương', 20], ['Bích', 15], ['Thị Thu', 40], ['Thị Thanh', 30], ['Thị Ngọc', 25], ['Diệu', 10], ['Khánh', 15],
];

export const GIVEN_MALE = [
  ['An', 25], ['Anh', 40], ['Bình', 25], ['Cường', 25], ['Dũng', 40], ['Đức', 30], ['Dương', 15], ['Hải', 35],
  ['Hiếu', 20], ['Hoàng', 20], ['Hùng', 45], ['Huy', 30], ['Khoa', 12], ['Long', 30], ['Minh', 40], ['Nam', 40],
  ['Phong', 20], ['Phúc', 15], ['Quang', 20], ['Quân', 20], ['Sơn', 35], ['Thắng', 30], ['Thành', 35], ['Tiến', 20],
  ['Toàn', 15], ['Trung', 30], ['Tuấn', 45], ['Việt', 20], ['Vinh', 20], ['Đạt', 25], ['Khánh', 15], ['Lâm', 10],
  ['Hưng', 25], ['Kiên', 12], ['Tâm', 12], ['Tú', 10], ['Nghĩa', 15], ['Thịnh', 12], ['Khiêm', 3], ['Triết', 2],
];

export const GIVEN_FEMALE = [
  ['Anh', 35], ['Hà', 35], ['Hằng', 30], ['Hạnh', 25], ['Hiền', 30], ['Hoa', 35], ['Hồng', 25], ['Huyền', 30],
  ['Hương', 45], ['Lan', 35], ['Liên', 20], ['Linh', 40], ['Loan', 20], ['Mai', 35], ['Nga', 30], ['Ngọc', 20],
  ['Nhung', 25], ['Oanh', 15], ['Phương', 30], ['Quyên', 12], ['Tâm', 12], ['Thảo', 35], ['Thủy', 35], ['Trang', 40],
  ['Tuyết', 15], ['Vân', 25], ['Yến', 25], ['Xuân', 15], ['Dung', 25], ['Giang', 20], ['Thu', 20], ['Nhàn', 10],
  ['Thoa', 8], ['Lụa', 3],
];

/** Đảng bộ trực thuộc Trung ương: 63 tỉnh/thành (before the 2025 merger) and the blocs; relative weight = size of the roll. */
export const TOP_ORGS = [
  ...[
    ['thành phố Hà Nội', 12], ['Thành phố Hồ Chí Minh', 10], ['thành phố Hải Phòng', 3], ['thành phố Đà Nẵng', 2], ['thành phố Cần Thơ', 2],
    ['tỉnh Nghệ An', 4], ['tỉnh Thanh Hóa', 4], ['tỉnh Thái Bình', 3], ['tỉnh Nam Định', 3], ['tỉnh Hải Dương', 3], ['tỉnh Hà Tĩnh', 3],
    ['tỉnh Bắc Giang', 2], ['tỉnh Bắc Ninh', 2], ['tỉnh Hưng Yên', 2], ['tỉnh Ninh Bình', 2], ['tỉnh Hà Nam', 1], ['tỉnh Vĩnh Phúc', 2],
    ['tỉnh Phú Thọ', 2], ['tỉnh Thái Nguyên', 2], ['tỉnh Quảng Ninh', 2], ['tỉnh Lạng Sơn', 1], ['tỉnh Cao Bằng', 1], ['tỉnh Hà Giang', 1],
    ['tỉnh Tuyên Quang', 1], ['tỉnh Yên Bái', 1], ['tỉnh Lào Cai', 1], ['tỉnh Lai Châu', 1], ['tỉnh Điện Biên', 1], ['tỉnh Sơn La', 1],
    ['tỉnh Hòa Bình', 1], ['tỉnh Bắc Kạn', 1], ['tỉnh Quảng Bình', 1], ['tỉnh Quảng Trị', 1], ['tỉnh Thừa Thiên Huế', 1],
    ['tỉnh Quảng Nam', 2], ['tỉnh Quảng Ngãi', 1], ['tỉnh Bình Định', 1], ['tỉnh Phú Yên', 1], ['tỉnh Khánh Hòa', 1], ['tỉnh Ninh Thuận', 1],
    ['tỉnh Bình Thuận', 1], ['tỉnh Kon Tum', 1], ['tỉnh Gia Lai', 1], ['tỉnh Đắk Lắk', 1], ['tỉnh Đắk Nông', 1], ['tỉnh Lâm Đồng', 1],
    ['tỉnh Bình Phước', 1], ['tỉnh Tây Ninh', 1], ['tỉnh Bình Dương', 1], ['tỉnh Đồng Nai', 2], ['tỉnh Bà Rịa - Vũng Tàu', 1],
    ['tỉnh Long An', 1], ['tỉnh Tiền Giang', 1], ['tỉnh Bến Tre', 1], ['tỉnh Trà Vinh', 1], ['tỉnh Vĩnh Long', 1], ['tỉnh Đồng Tháp', 1],
    ['tỉnh An Giang', 1], ['tỉnh Kiên Giang', 1], ['tỉnh Hậu Giang', 1], ['tỉnh Sóc Trăng', 1], ['tỉnh Bạc Liêu', 1], ['tỉnh Cà Mau', 1],
  ].map(([place, weight]) => [`Đảng bộ ${place}`, weight]),
  ['Đảng bộ Quân đội', 8], ['Đảng bộ Công an Trung ương', 4], ['Đảng bộ Chính phủ', 2], ['Đảng bộ Quốc hội', 1],
  ['Đảng bộ các cơ quan Đảng Trung ương', 1], ['Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương', 1], ['Đảng bộ Khối Doanh nghiệp Trung ương', 2],
];

/** Names of units below a đảng bộ tỉnh (the number makes them unique among siblings). */
export const UPPER_UNITS = ['Đảng bộ huyện', 'Đảng bộ thị xã', 'Đảng bộ quận', 'Đảng bộ Khối cơ quan'];
export const BASE_UNITS = ['Đảng bộ xã', 'Đảng bộ phường', 'Đảng bộ thị trấn', 'Đảng bộ Trường', 'Đảng bộ Công ty', 'Đảng bộ Bệnh viện'];
export const CELL_UNITS = ['Chi bộ thôn', 'Chi bộ tổ dân phố', 'Chi bộ khu phố', 'Chi bộ Trường Tiểu học', 'Chi bộ Trạm Y tế', 'Chi bộ Phòng', 'Chi bộ Cựu chiến binh'];
export const PART_UNITS = ['Đảng bộ bộ phận khối', 'Đảng bộ bộ phận phân xưởng'];

/**
 * A lookup table of `size` slots where each entry's 1-based index appears in proportion to its
 * weight: SQL picks `entries[slots[1 + floor(random() * size)]]` with O(1) access (a smallint array).
 */
export function slots(entries, size) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const out = [];
  let cumulative = 0;
  entries.forEach(([, weight], index) => {
    cumulative += weight;
    const upTo = Math.round((cumulative / total) * size);
    while (out.length < upTo) out.push(index + 1);
  });
  return out;
}
