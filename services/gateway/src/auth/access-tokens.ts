import { DomainError } from '@lienthong/platform';
import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import type { Principal } from './principal';

/** DESIGN.md: short-lived access tokens; refresh tokens come with the users issue. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'lienthong-gateway';
const AUDIENCE = 'lienthong-api';
const ALGORITHM = 'HS256';

interface AccessClaims {
  sub: string;
  usr: string;
  name: string;
  roles: string[];
  perms: string[];
  scope: string | null;
  clr: number;
  /** Present only for API clients: `client`, with the public client id in `cid`. */
  knd?: 'client';
  cid?: string;
}

/** Issues and verifies the bearer JWT. The algorithm is pinned both ways (no `none`, no RS/HS confusion). */
export class AccessTokens {
  /**
   * A KeyObject built once: given a string, jsonwebtoken first tries it as a public key on
   * every call (an exception per request), which was a fifth of the gateway's CPU under load.
   */
  private readonly secret: KeyObject;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The JWT secret must be at least 32 characters');
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(principal: Principal): { accessToken: string; expiresIn: number } {
    const claims: AccessClaims = {
      sub: principal.userId,
      usr: principal.username,
      name: principal.fullName,
      roles: principal.roles,
      perms: principal.permissions,
      scope: principal.scopeOrgId,
      clr: principal.clearance,
      ...(principal.kind === 'client' && principal.clientId ? { knd: 'client' as const, cid: principal.clientId } : {}),
    };
    const accessToken = jwt.sign(claims, this.secret, {
      algorithm: ALGORITHM,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      issuer: ISSUER,
      audience: AUDIENCE,
      jwtid: randomUUID(),
    });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  verify(token: string): Principal {
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE, clockTolerance: 5 });
    } catch {
      throw new DomainError('AUTH.TOKEN_INVALID');
    }
    if (!isAccessClaims(payload)) throw new DomainError('AUTH.TOKEN_INVALID');
    return {
      userId: payload.sub,
      username: payload.usr,
      fullName: payload.name,
      roles: payload.roles,
      permissions: payload.perms,
      scopeOrgId: payload.scope,
      clearance: payload.clr,
      ...(payload.knd === 'client' && payload.cid ? { kind: 'client' as const, clientId: payload.cid } : {}),
    };
  }
}

function isAccessClaims(value: unknown): value is AccessClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return (
    typeof c.sub === 'string' &&
    typeof c.usr === 'string' &&
    typeof c.name === 'string' &&
    strings(c.roles) &&
    strings(c.perms) &&
    (c.scope === null || typeof c.scope === 'string') &&
    typeof c.clr === 'number' &&
    (c.knd === undefined || (c.knd === 'client' && typeof c.cid === 'string'))
  );
}
