import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Public client ids and secrets carry a prefix, so that a leaked one is recognisable (secret scanners). */
export const CLIENT_ID_PATTERN = /^ltc_[A-Za-z0-9_-]{22}$/;
const SECRET_PATTERN = /^lts_[A-Za-z0-9_-]{43}$/;

/** `ltc_` + 128 random bits: public, but unguessable so that it leaks nothing about other clients. */
export function newClientId(): string {
  return `ltc_${randomBytes(16).toString('base64url')}`;
}

/** `lts_` + 256 random bits, shown once. */
export function newClientSecret(): string {
  return `lts_${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256, not argon2id: a 256-bit random secret cannot be guessed, so a slow, memory-hard
 * hash (made for low-entropy human passwords) buys nothing against a stolen table, while it
 * would cost ~50 ms and 64 MB per token request — on 2 cores, a cheap way to exhaust the
 * gateway. A digest of a random secret is as safe as the secret's entropy.
 */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/**
 * True when `secret` matches one of the client's valid digests. Always hashes and always
 * compares against every digest (no early exit), whether or not the client exists, so that
 * unknown client, wrong secret and retired secret cost the same.
 */
export function secretMatches(secret: string, digests: readonly Buffer[]): boolean {
  const candidate = secretDigest(SECRET_PATTERN.test(secret) ? secret : `invalid:${secret}`);
  let matched = false;
  for (const digest of digests.length ? digests : [Buffer.alloc(32)]) {
    if (digest.length === candidate.length && timingSafeEqual(digest, candidate) && SECRET_PATTERN.test(secret)) matched = true;
  }
  return matched;
}
