import type { Principal } from '../auth/principal';

/**
 * Whose idempotency keys and external ids these are: `user:<id>` or `client:<id>`. A user's
 * and a client's never meet, even with the same text.
 */
export function principalKey(principal: Pick<Principal, 'kind' | 'userId'>): string {
  return `${principal.kind === 'client' ? 'client' : 'user'}:${principal.userId}`;
}
