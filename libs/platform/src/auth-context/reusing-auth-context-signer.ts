import { createHash } from 'node:crypto';
import { AUTH_CONTEXT_TTL_SECONDS, type AuthContextSigner, type UnsignedClaims } from './auth-context-signer';
import { BoundedLru } from './bounded-lru';
import type { IssuedAuthContext } from './ed25519-auth-context';

/** A signer that also tells when its token expires. */
export interface AuthContextIssuer {
  issue(claims: UnsignedClaims): IssuedAuthContext;
}

/** A reused token always has more than this left of its 60 s: enough for every hop of a request. */
export const AUTH_CONTEXT_REUSE_MIN_REMAINING_SECONDS = 30;
export const AUTH_CONTEXT_SIGNER_CACHE_SIZE = 10_000;

export interface ReusingAuthContextSignerOptions {
  /** Tokens kept (one per distinct claims), least recently used forgotten first. */
  capacity?: number;
  minRemainingSeconds?: number;
  now?: () => number;
}

/**
 * Signs once per distinct claims and hands out the same token while more than
 * `minRemainingSeconds` of it remain (an Ed25519 signature costs ~50 µs; a user's requests
 * within half a minute carry the same claims). The key is a SHA-256 digest of exactly the JSON
 * that is signed, so two principals, or one whose permissions or scope changed, never share a token.
 */
export class ReusingAuthContextSigner implements AuthContextSigner {
  private readonly tokens: BoundedLru<string, IssuedAuthContext>;
  private readonly minRemainingSeconds: number;
  private readonly now: () => number;

  constructor(
    private readonly issuer: AuthContextIssuer,
    options: ReusingAuthContextSignerOptions = {},
  ) {
    this.tokens = new BoundedLru(options.capacity ?? AUTH_CONTEXT_SIGNER_CACHE_SIZE);
    this.minRemainingSeconds = options.minRemainingSeconds ?? AUTH_CONTEXT_REUSE_MIN_REMAINING_SECONDS;
    this.now = options.now ?? Date.now;
  }

  sign(claims: UnsignedClaims): string {
    const digest = createHash('sha256').update(JSON.stringify(claims)).digest('base64');
    const cached = this.tokens.get(digest);
    const remaining = cached ? cached.exp - this.now() / 1000 : 0;
    // More than the margin left, and no more than a lifetime (a clock set back must not hand out a token "from the future").
    if (cached && remaining > this.minRemainingSeconds && remaining <= AUTH_CONTEXT_TTL_SECONDS) return cached.token;
    const issued = this.issuer.issue(claims);
    this.tokens.set(digest, issued);
    return issued.token;
  }
}
