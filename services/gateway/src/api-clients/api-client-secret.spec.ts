import { createHash } from 'node:crypto';
import { CLIENT_ID_PATTERN, newClientId, newClientSecret, secretDigest, secretMatches } from './api-client-secret';

describe('API client ids and secrets', () => {
  it('makes prefixed, unguessable ids and secrets (128 and 256 random bits)', () => {
    const ids = new Set(Array.from({ length: 200 }, newClientId));
    const secrets = new Set(Array.from({ length: 200 }, newClientSecret));
    expect(ids.size).toBe(200);
    expect(secrets.size).toBe(200);
    for (const id of ids) expect(id).toMatch(CLIENT_ID_PATTERN);
    for (const secret of secrets) expect(secret).toMatch(/^lts_[A-Za-z0-9_-]{43}$/);
  });

  it('stores the SHA-256 of the secret', () => {
    const secret = newClientSecret();
    expect(secretDigest(secret)).toEqual(createHash('sha256').update(secret).digest());
  });

  it('matches any valid digest (current or within an overlap), and nothing else', () => {
    const [current, previous, stranger] = [newClientSecret(), newClientSecret(), newClientSecret()];
    const digests = [secretDigest(previous), secretDigest(current)];
    expect(secretMatches(current, digests)).toBe(true);
    expect(secretMatches(previous, digests)).toBe(true);
    expect(secretMatches(stranger, digests)).toBe(false);
    expect(secretMatches(current, [])).toBe(false);
    const oneCharOff = `${current.slice(0, -1)}${current.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(oneCharOff, digests)).toBe(false);
  });

  it('never accepts a string that is not a secret of ours, even when its digest is stored', () => {
    expect(secretMatches('abc', [secretDigest('abc')])).toBe(false);
    expect(secretMatches('', [secretDigest('')])).toBe(false);
  });
});
