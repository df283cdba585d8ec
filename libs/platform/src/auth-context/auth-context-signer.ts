import type { AuthContextClaims } from '@lienthong/contracts';

/** How long a signed context stays valid: long enough for one request's hops, no longer. */
export const AUTH_CONTEXT_TTL_SECONDS = 60;
/** Tolerated clock difference between the signer and a verifier, in either direction. */
export const AUTH_CONTEXT_CLOCK_SKEW_SECONDS = 5;

export type UnsignedClaims = Omit<AuthContextClaims, 'iat' | 'exp'>;

/** Signs the claims a caller sends with a message (the gateway for users, a service for its system actor). */
export interface AuthContextSigner {
  sign(claims: UnsignedClaims): string;
}

/** Checks a received context; throws `AUTH.CONTEXT_INVALID` for anything but a valid, fresh, signed one. */
export interface AuthContextVerifier {
  verify(token: string | undefined): AuthContextClaims;
}
