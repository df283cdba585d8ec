import type { Language } from '../../../i18n/messages';
import type { Role } from '../api/roles-api';

/** A role's name in the UI's language; an unknown code (a role removed since) as itself. */
export function roleName(code: string, roles: readonly Role[] | undefined, language: Language): string {
  const role = roles?.find((candidate) => candidate.code === code);
  if (!role) return code;
  return language === 'en' ? role.nameEn : role.nameVi;
}
