import type { GatewayUserEntity } from './gateway-user.entity';

/** The account created on first boot. */
export const BOOTSTRAP_ADMIN_USERNAME = 'admin';

/** Every permission named in DESIGN.md's access model. */
export const ALL_PERMISSIONS = [
  'documents:read',
  'documents:write',
  'documents:issue',
  'members:read',
  'members:write',
  'finance:read',
  'finance:write',
  'resolutions:read',
  'resolutions:write',
  'admin:users',
  'audit:read',
] as const;

/** tuyệt mật */
const HIGHEST_CLEARANCE = 3;

export interface Grants {
  roles: string[];
  permissions: string[];
  scopeOrgId: string | null;
  clearance: number;
}

/**
 * What an account may do. Seam for the users issue, which brings roles and scopes in
 * their own tables: until then the bootstrap administrator (the only account anything
 * creates) holds every permission over the whole tree, and any other account holds none.
 */
export function grantsOf(user: Pick<GatewayUserEntity, 'username'>): Grants {
  if (user.username === BOOTSTRAP_ADMIN_USERNAME) {
    return { roles: ['admin'], permissions: [...ALL_PERMISSIONS], scopeOrgId: null, clearance: HIGHEST_CLEARANCE };
  }
  return { roles: [], permissions: [], scopeOrgId: null, clearance: 0 };
}
