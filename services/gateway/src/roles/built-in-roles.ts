import type { Permission } from '../auth/permissions';
import { ALL_PERMISSIONS } from '../auth/permissions';

export interface BuiltInRole {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Highest secrecy level readable: 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật. */
  clearance: number;
  permissions: readonly Permission[];
}

/** The role that holds every permission over the whole tree (scope null). */
export const SYSTEM_ADMIN_ROLE = 'admin';
/** Administers accounts homed in the subtree of its holder's home org; grants only roles whose permissions the holder has. */
export const UNIT_ADMIN_ROLE = 'unit-admin';

const READ_ALL: Permission[] = ['members:read', 'documents:read', 'finance:read', 'resolutions:read'];

/**
 * The roles every installation starts with (seeded by migration 1796200000000; a change
 * here needs a new migration, as 1796300000100 did). Scope is per user (its home org's subtree),
 * not per role. `admin:calendar` (the working-day calendar's overrides, 1796700000600): the system administrator only (every permission).
 * `members:grade` (annual grading, 1796700000400): cấp ủy and tổ chức. `members:read-sensitive` (religion, ethnicity, family, health) only where the
 * work needs it (Nghị định 13/2023/NĐ-CP): tổ chức, cấp ủy, kiểm tra — not văn phòng, tài chính.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { code: SYSTEM_ADMIN_ROLE, nameVi: 'Quản trị hệ thống', nameEn: 'System administrator', clearance: 3, permissions: ALL_PERMISSIONS },
  {
    code: 'secretary',
    nameVi: 'Cấp ủy / Bí thư',
    nameEn: 'Committee member / secretary',
    clearance: 3,
    permissions: [...READ_ALL, 'members:read-sensitive', 'documents:write', 'documents:issue', 'resolutions:write', 'audit:read', 'members:grade'],
  },
  { code: 'office', nameVi: 'Văn phòng', nameEn: 'Office', clearance: 2, permissions: ['documents:read', 'documents:write', 'members:read'] },
  { code: 'organization', nameVi: 'Tổ chức', nameEn: 'Organisation', clearance: 1, permissions: ['members:read', 'members:write', 'members:read-sensitive', 'orgs:write', 'members:grade'] },
  { code: 'finance', nameVi: 'Tài chính', nameEn: 'Finance', clearance: 1, permissions: ['finance:read', 'finance:write', 'members:read'] },
  { code: 'inspection', nameVi: 'Kiểm tra', nameEn: 'Inspection', clearance: 3, permissions: [...READ_ALL, 'members:read-sensitive', 'audit:read'] },
  { code: UNIT_ADMIN_ROLE, nameVi: 'Quản trị tài khoản đơn vị', nameEn: 'Unit account administrator', clearance: 0, permissions: ['admin:users'] },
  { code: 'member', nameVi: 'Đảng viên', nameEn: 'Party member', clearance: 0, permissions: ['documents:read', 'finance:read'] },
];
