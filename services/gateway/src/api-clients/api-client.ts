import type { Principal } from '../auth/principal';

/** An API client as stored (no secret digests). */
export interface ApiClient {
  id: string;
  clientId: string;
  name: string;
  orgId: string;
  /** The org and its ancestors when the client was made: the admins who see it (scope filter). */
  orgLineage: string[];
  permissions: string[];
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** When the secret before the current one stops working (a rotation's overlap), if still open. */
  previousSecretValidUntil: Date | null;
  version: number;
  updatedAt: Date;
}

export type ApiClientStatus = 'active' | 'expired' | 'revoked';

export function statusOf(client: Pick<ApiClient, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): ApiClientStatus {
  if (client.revokedAt) return 'revoked';
  if (client.expiresAt && client.expiresAt <= now) return 'expired';
  return 'active';
}

/** What the bearer guard makes of a client's token: its permissions, scope = its org's subtree, clearance thường. */
export function clientPrincipal(client: Pick<ApiClient, 'id' | 'clientId' | 'name' | 'permissions' | 'orgId'>): Principal {
  return {
    kind: 'client',
    userId: client.id,
    clientId: client.clientId,
    username: client.clientId,
    fullName: client.name,
    roles: [],
    permissions: client.permissions,
    scopeOrgId: client.orgId,
    clearance: 0,
  };
}

/** An administrator sees a client when its org is within the administrator's scope (null = everything). */
export function isWithinScope(client: Pick<ApiClient, 'orgLineage'>, scopeOrgId: string | null): boolean {
  return scopeOrgId === null || client.orgLineage.includes(scopeOrgId);
}
