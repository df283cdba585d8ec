import type { UnsignedClaims } from './auth-context-signer';

/** Background jobs act as an explicit system actor, never as "no actor". */
export function systemClaims(service: string): UnsignedClaims {
  return {
    actor: { type: 'system', id: `system:${service}`, name: `Hệ thống (${service})` },
    roles: ['system'],
    permissions: ['*'],
    scopeOrgId: null,
    clearance: 0,
  };
}
