/**
 * Demo members for the standalone first run: Vietnamese names in the proportions a chi bộ
 * shows (Nguyễn most often), each with a plausible admission history. Not real people.
 */
export const DEMO_SURNAMES = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
export const DEMO_MIDDLE = { male: ['Văn', 'Đức', 'Minh', 'Quang'], female: ['Thị', 'Thu', 'Ngọc', 'Thanh'] } as const;
export const DEMO_GIVEN = { male: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Sơn', 'Tuấn', 'Việt'], female: ['Anh', 'Chi', 'Dung', 'Hà', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Thảo', 'Yến'] } as const;

/** Members per chi bộ in the demo. */
export const DEMO_MEMBERS_PER_CHI_BO = 8;
