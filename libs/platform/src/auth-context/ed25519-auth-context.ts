import type { AuthContextClaims } from '@lienthong/contracts';
import { sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { DomainError } from '../errors/domain-error';
import {
  AUTH_CONTEXT_CLOCK_SKEW_SECONDS,
  AUTH_CONTEXT_TTL_SECONDS,
  type AuthContextSigner,
  type AuthContextVerifier,
  type UnsignedClaims,
} from './auth-context-signer';
import type { AuthContextPublicKeys, AuthContextSigningKey } from './auth-context-keys';
import { checkClaimsShape } from './check-claims-shape';

/** The only algorithm accepted: a token naming any other (`none`, `HS256`, …) is refused before any key is looked up. */
export const AUTH_CONTEXT_ALG = 'EdDSA';
export const AUTH_CONTEXT_TYP = 'lt-auth-context';
/** Far above a real context (~1 KB with many permissions); a bigger header is refused unread. */
const MAX_TOKEN_LENGTH = 16_384;
const ED25519_SIGNATURE_BYTES = 64;

/**
 * Signs the auth context with an Ed25519 private key:
 * `base64url({alg,typ,kid}).base64url(claims + iat/exp).base64url(signature)` (a compact JWS).
 * Only the holder of the private key (the gateway, and a service for its own system actor)
 * can make one; every service checks it with public keys alone.
 */
export class Ed25519AuthContextSigner implements AuthContextSigner {
  private readonly header: string;

  constructor(
    private readonly signingKey: AuthContextSigningKey,
    private readonly now: () => number = Date.now,
  ) {
    this.header = b64(JSON.stringify({ alg: AUTH_CONTEXT_ALG, typ: AUTH_CONTEXT_TYP, kid: signingKey.kid }));
  }

  sign(claims: UnsignedClaims): string {
    return this.issue(claims).token;
  }

  /** The token with its expiry (seconds since the epoch), for a caller that reuses tokens. */
  issue(claims: UnsignedClaims): IssuedAuthContext {
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + AUTH_CONTEXT_TTL_SECONDS;
    const input = `${this.header}.${b64(JSON.stringify({ ...claims, iat, exp }))}`;
    return { token: `${input}.${edSign(null, Buffer.from(input), this.signingKey.key).toString('base64url')}`, exp };
  }
}

export interface IssuedAuthContext {
  token: string;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

/** A verified context with the public key that checked it (a cache re-checks that the key is still listed). */
export interface VerifiedAuthContext {
  claims: AuthContextClaims;
  kid: string;
  key: KeyObject;
}

/**
 * Accepts a context signed by any key of the set (current and, while rotating, previous), with
 * alg EdDSA, well-formed claims, not expired and not issued in the future (beyond the skew).
 */
export class Ed25519AuthContextVerifier implements AuthContextVerifier {
  constructor(
    private readonly publicKeys: AuthContextPublicKeys,
    private readonly now: () => number = Date.now,
  ) {
    if (publicKeys.size === 0) throw new Error('An auth context verifier needs at least one public key');
  }

  verify(token: string | undefined): AuthContextClaims {
    return this.verifyWithKey(token).claims;
  }

  /** The public key listed now under `kid` (undefined once removed). */
  keyFor(kid: string): KeyObject | undefined {
    return this.publicKeys.get(kid);
  }

  verifyWithKey(token: string | undefined): VerifiedAuthContext {
    if (!token) throw invalid('missing');
    if (token.length > MAX_TOKEN_LENGTH) throw invalid('too large');
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => p === '')) throw invalid('malformed');
    const [headerPart, bodyPart, signaturePart] = parts as [string, string, string];
    const header = parseJson(headerPart);
    if (!isRecord(header) || header.alg !== AUTH_CONTEXT_ALG || header.typ !== AUTH_CONTEXT_TYP) throw invalid('unexpected algorithm or type');
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    const key = kid === undefined ? undefined : this.publicKeys.get(kid);
    if (!kid || !key) throw invalid('signed with an unknown key');
    const signature = Buffer.from(signaturePart, 'base64url');
    if (signature.length !== ED25519_SIGNATURE_BYTES || !edVerify(null, Buffer.from(`${headerPart}.${bodyPart}`), key, signature)) {
      throw invalid('bad signature');
    }
    const claims = parseJson(bodyPart);
    if (!checkClaimsShape(claims)) throw invalid('malformed claims');
    assertFresh(claims, this.now());
    if (claims.exp - claims.iat > AUTH_CONTEXT_TTL_SECONDS) throw invalid('lifetime too long');
    return { claims, kid, key };
  }
}

/** Not expired and not issued in the future, within the skew: checked on every use, cached or not. */
export function assertFresh(claims: Pick<AuthContextClaims, 'iat' | 'exp'>, nowMs: number): void {
  const now = Math.floor(nowMs / 1000);
  if (claims.exp < now - AUTH_CONTEXT_CLOCK_SKEW_SECONDS) throw invalid('expired');
  if (claims.iat > now + AUTH_CONTEXT_CLOCK_SKEW_SECONDS) throw invalid('issued in the future');
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

function parseJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(reason: string): DomainError {
  return new DomainError('AUTH.CONTEXT_INVALID', `Auth context ${reason}`);
}
