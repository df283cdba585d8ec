import type { AuthContextClaims } from '@lienthong/contracts';
import type { AuthContextVerifier } from './auth-context-signer';
import { BoundedLru } from './bounded-lru';
import { assertFresh, type Ed25519AuthContextVerifier, type VerifiedAuthContext } from './ed25519-auth-context';

export const AUTH_CONTEXT_VERIFIER_CACHE_SIZE = 10_000;

export interface CachingAuthContextVerifierOptions {
  /** Verified tokens kept, least recently used forgotten first. */
  capacity?: number;
  now?: () => number;
}

/**
 * Checks the signature of a token once (~160 µs) and remembers the result by the exact token
 * string: an edited token is another string and is verified afresh. Every use still checks the
 * expiry against the clock, and that the key which verified it is still listed under its kid
 * (a removed or replaced key stops its tokens at once). Only accepted tokens are remembered;
 * their claims are frozen, since every request carrying the token shares them.
 */
export class CachingAuthContextVerifier implements AuthContextVerifier {
  private readonly verified: BoundedLru<string, VerifiedAuthContext>;
  private readonly now: () => number;

  constructor(
    private readonly inner: Ed25519AuthContextVerifier,
    options: CachingAuthContextVerifierOptions = {},
  ) {
    this.verified = new BoundedLru(options.capacity ?? AUTH_CONTEXT_VERIFIER_CACHE_SIZE);
    this.now = options.now ?? Date.now;
  }

  verify(token: string | undefined): AuthContextClaims {
    const hit = token ? this.verified.get(token) : undefined;
    if (token && hit) {
      if (this.inner.keyFor(hit.kid) === hit.key) {
        try {
          assertFresh(hit.claims, this.now());
          return hit.claims;
        } catch (error) {
          this.verified.delete(token);
          throw error;
        }
      }
      this.verified.delete(token);
    }
    const fresh = this.inner.verifyWithKey(token);
    const claims = freezeClaims(fresh.claims);
    this.verified.set(token as string, { ...fresh, claims });
    return claims;
  }

  /** Forget every verified token (after the public keys changed, for instance). */
  clear(): void {
    this.verified.clear();
  }
}

function freezeClaims(claims: AuthContextClaims): AuthContextClaims {
  Object.freeze(claims.actor);
  Object.freeze(claims.roles);
  Object.freeze(claims.permissions);
  return Object.freeze(claims);
}
