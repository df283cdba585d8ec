/**
 * A party member's status (sổ danh sách 7-HSĐV; members.md §4.8). Codes are ASCII, labels
 * Vietnamese first. `ON_ROLL_STATUSES` are counted in an organisation's đảng số.
 */
export const MEMBER_STATUSES = [
  'probationary',
  'official',
  'exempt',
  'temporarily-transferred-out',
  'transferred-out',
  'deceased',
  'removed',
  'expelled',
  'resigned',
] as const;

export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_STATUS_LABELS: Record<MemberStatus, { vi: string; en: string }> = {
  probationary: { vi: 'Đảng viên dự bị', en: 'Probationary member' },
  official: { vi: 'Đảng viên chính thức', en: 'Official member' },
  exempt: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Exempt from work and activities' },
  'temporarily-transferred-out': { vi: 'Tạm chuyển sinh hoạt đi', en: 'Temporarily transferred out' },
  'transferred-out': { vi: 'Đã chuyển sinh hoạt đi', en: 'Transferred out' },
  deceased: { vi: 'Từ trần', en: 'Deceased' },
  removed: { vi: 'Xóa tên', en: 'Removed from the roll' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  resigned: { vi: 'Xin ra khỏi Đảng', en: 'Left the Party at own request' },
};

/**
 * Counted in the đảng số of the org that holds the record: an exempt member and one on a
 * temporary transfer stay on their official organisation's roll (29-QĐ/TW; members.md §4.4).
 */
export const ON_ROLL_STATUSES: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily-transferred-out'];

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** Trình độ lý luận chính trị. */
export const POLITICAL_THEORY_LEVELS = ['none', 'so-cap', 'trung-cap', 'cao-cap', 'cu-nhan'] as const;
export type PoliticalTheoryLevel = (typeof POLITICAL_THEORY_LEVELS)[number];

/** Official: the roll the member belongs to; temporary: a host org during a temporary transfer (not in its đảng số). */
export const ORG_MEMBERSHIP_KINDS = ['official', 'temporary'] as const;
export type OrgMembershipKind = (typeof ORG_MEMBERSHIP_KINDS)[number];

/** The permission that unlocks ethnicity, religion, family and health (Nghị định 13/2023/NĐ-CP: sensitive personal data). */
export const MEMBERS_READ_SENSITIVE = 'members:read-sensitive';

/** A citizen ID (CCCD): 12 digits. */
export const CITIZEN_ID_PATTERN = /^\d{12}$/;
