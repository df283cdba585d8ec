/**
 * The lifecycle actions on a member's record (members.md §4.1, §4.5, §4.7) and their words. Codes are
 * ASCII; each action writes a `member_lifecycle_event` row and the outbox event named in
 * `LIFECYCLE_EVENT_TYPES` (`members.member.<action>.v1`).
 */
export const LIFECYCLE_ACTIONS = [
  'admission',
  'ceremony',
  'recognition',
  'exemption',
  'exemption-end',
  'removal',
  'expulsion',
  'leaving',
  'death',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** What a history row records: an action, or one outcome of the recognition action. */
export const LIFECYCLE_EVENT_KINDS = [
  'admission-recorded',
  'ceremony-held',
  'recognised',
  'recognition-vote-failed',
  'recognition-refused',
  'exempted',
  'exemption-ended',
  'removed',
  'expelled',
  'left',
  'died',
] as const;
export type LifecycleEventKind = (typeof LIFECYCLE_EVENT_KINDS)[number];

export const LIFECYCLE_EVENT_LABELS: Record<LifecycleEventKind, { vi: string; en: string }> = {
  'admission-recorded': { vi: 'Quyết định kết nạp', en: 'Admission decision' },
  'ceremony-held': { vi: 'Lễ kết nạp', en: 'Admission ceremony' },
  recognised: { vi: 'Công nhận đảng viên chính thức', en: 'Official recognition' },
  'recognition-vote-failed': { vi: 'Biểu quyết công nhận chính thức không đạt', en: 'Recognition vote failed' },
  'recognition-refused': { vi: 'Không công nhận chính thức (đề nghị xóa tên)', en: 'Not recognised (removal proposed)' },
  exempted: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Exempted from work and activities' },
  'exemption-ended': { vi: 'Trở lại công tác và sinh hoạt đảng', en: 'Returned from exemption' },
  removed: { vi: 'Xóa tên', en: 'Removed from the roll' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  left: { vi: 'Xin ra khỏi Đảng', en: 'Left the Party' },
  died: { vi: 'Từ trần', en: 'Deceased' },
};

/** The outcome a chi bộ records after considering official recognition. */
export const RECOGNITION_OUTCOMES = ['approved', 'vote-failed', 'not-recognised'] as const;
export type RecognitionOutcomeKind = (typeof RECOGNITION_OUTCOMES)[number];

/** Grounds of exemption (Hướng dẫn 27-HD/BTCTW 2009): old age, weak health, work far away or unstable. */
export const EXEMPTION_GROUNDS = ['tuoi-cao', 'suc-khoe-yeu', 'cong-tac-xa'] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

/** Grounds of removal (xóa tên), 29-QĐ/TW point 8.1 (members.md §4.7). */
export const REMOVAL_GROUNDS = [
  'bo-sinh-hoat-dong-dang-phi',
  'tu-y-tra-the',
  'khong-tien-bo-sau-giao-duc',
  'vi-pham-tu-cach-2-nam',
  'khong-dat-tieu-chuan-chinh-tri',
  'du-bi-khong-du-tu-cach',
] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];

export const REMOVAL_GROUND_LABELS: Record<RemovalGround, { vi: string; en: string }> = {
  'bo-sinh-hoat-dong-dang-phi': {
    vi: 'Bỏ sinh hoạt đảng hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng',
    en: 'Abandoned activity or unpaid dues for 3 months in a year without good reason',
  },
  'tu-y-tra-the': { vi: 'Tự ý trả thẻ hoặc hủy thẻ đảng viên', en: 'Returned or destroyed the party card' },
  'khong-tien-bo-sau-giao-duc': {
    vi: 'Giảm sút ý chí, không làm nhiệm vụ đảng viên, 12 tháng sau khi chi bộ giáo dục không tiến bộ',
    en: 'No improvement 12 months after education by the chi bộ',
  },
  'vi-pham-tu-cach-2-nam': { vi: 'Vi phạm tư cách đảng viên 2 năm liền', en: 'Violated member standards 2 years in a row' },
  'khong-dat-tieu-chuan-chinh-tri': { vi: 'Không đạt tiêu chuẩn chính trị theo quy định của Bộ Chính trị', en: 'Does not meet the political standard' },
  'du-bi-khong-du-tu-cach': { vi: 'Đảng viên dự bị không đủ tư cách công nhận chính thức', en: 'Probationary member not qualified for official status' },
};
