import type { AuthContextClaims } from '@lienthong/contracts';

/**
 * Whether the actor may see records owned by `orgId`. The resolutions service keeps no
 * replica of the org tree yet, so it cannot tell whether `orgId` lies under the actor's
 * scope root: until it can, it fails closed and shows a scoped actor only its root org.
 */
export function isOrgInScope(auth: AuthContextClaims, orgId: string): boolean {
  return auth.scopeOrgId === null || auth.scopeOrgId === orgId;
}
