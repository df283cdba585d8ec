import { DomainError, type Language } from '@lienthong/platform';
import { SYSTEM_ADMIN_ROLE } from '../roles/built-in-roles';
import type { RolesRepository } from '../roles/roles.repository';

/**
 * The scope a set of roles gets: the whole tree for the system administrator, else the
 * subtree of the home org (one scope per user for now). Unknown roles → 422; roles other
 * than the administrator's without a home org → 400.
 */
export async function scopeForRoles(roles: RolesRepository, codes: string[], homeOrgId: string | null, lang: Language): Promise<string | null> {
  const unknown = await roles.unknownCodes(codes);
  if (unknown.length > 0) {
    throw DomainError.localized(
      'USERS.ROLE_UNKNOWN',
      lang,
      unknown.map((code) => ({ field: 'roles', code: 'roleUnknown', message: `roles: ${code}` })),
    );
  }
  if (codes.includes(SYSTEM_ADMIN_ROLE)) return null;
  if (codes.length > 0 && homeOrgId === null) {
    throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, [
      {
        field: 'homeOrgId',
        code: 'homeOrgRequired',
        message: lang === 'vi' ? 'homeOrgId: bắt buộc khi tài khoản có vai trò (trừ quản trị hệ thống)' : 'homeOrgId: required for any role but the system administrator',
      },
    ]);
  }
  return homeOrgId;
}
