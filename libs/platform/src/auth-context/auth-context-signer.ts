import type { AuthContextClaims } from '@lienthong/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors/domain-error';

/** How long a signed context stays valid: long enough for one request's hops, no longer. */
export const AUTH_CONTEXT_TTL_SECONDS = 60;
const CLOCK_SKEW_SECONDS = 5;

export type UnsignedClaims = Omit<AuthContextClaims, 'iat' | 'exp'>;

export interface AuthContextSigner {
  sign(claims: UnsignedClaims): string;
}

export interface AuthContextVerifier {
  verify(token: string | undefined): AuthContextClaims;
}

/**
 * Shared-key (HMAC-SHA256) signature of the auth context: `base64url(claims).base64url(mac)`.
 * The access issue replaces it with an asymmetric gateway key behind the same interfaces.
 */
export class HmacAuthContext implements AuthContextSigner, AuthContextVerifier {
  private readonly key: Buffer;

  constructor(secret: string, private readonly now: () => number = Date.now) {
    if (secret.length < 32) throw new Error('The auth context key must be at least 32 characters');
    this.key = Buffer.from(secret, 'utf8');
  }

  sign(claims: UnsignedClaims): string {
    const iat = Math.floor(this.now() / 1000);
    const body = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + AUTH_CONTEXT_TTL_SECONDS })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  verify(token: string | undefined): AuthContextClaims {
    if (!token) throw invalid('missing');
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) throw invalid('malformed');
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid('bad signature');
    let claims: AuthContextClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as AuthContextClaims;
    } catch {
      throw invalid('malformed');
    }
    const now = Math.floor(this.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp < now) throw invalid('expired');
    if (typeof claims.iat !== 'number' || claims.iat > now + CLOCK_SKEW_SECONDS) throw invalid('issued in the future');
    return claims;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function invalid(reason: string): DomainError {
  return new DomainError('AUTH.CONTEXT_INVALID', `Auth context ${reason}`);
}
