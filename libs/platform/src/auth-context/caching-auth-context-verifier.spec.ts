import type { KeyObject } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import { DomainError } from '../errors/domain-error';
import { AUTH_CONTEXT_CLOCK_SKEW_SECONDS, AUTH_CONTEXT_TTL_SECONDS, type UnsignedClaims } from './auth-context-signer';
import { CachingAuthContextVerifier } from './caching-auth-context-verifier';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from './ed25519-auth-context';

const START = 1_760_000_000_000;
const current = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

const officer = (id: string): UnsignedClaims => ({
  actor: { type: 'user', id, name: 'Lê Văn Cường' },
  roles: ['org-officer'],
  permissions: ['members:read'],
  scopeOrgId: '0190d7a0-0000-7000-8000-000000000001',
  clearance: 0,
});

/** A caching verifier over a real one, on one settable clock, with a mutable key set; counts full verifications. */
function setup(capacity = 100) {
  const clock = { now: START };
  const keys = new Map<string, KeyObject>([['k1', current.publicKey]]);
  const inner = new Ed25519AuthContextVerifier(keys, () => clock.now);
  const full = jest.spyOn(inner, 'verifyWithKey');
  const verifier = new CachingAuthContextVerifier(inner, { capacity, now: () => clock.now });
  const signer = new Ed25519AuthContextSigner({ kid: 'k1', key: current.privateKey }, () => clock.now);
  return { clock, keys, verifier, signer, fullVerifications: () => full.mock.calls.length };
}

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('AUTH.CONTEXT_INVALID');
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('CachingAuthContextVerifier', () => {
  it('checks a token’s signature once and serves the same claims after', () => {
    const { clock, verifier, signer, fullVerifications } = setup();
    const token = signer.sign(officer('u-1'));
    const claims = verifier.verify(token);
    clock.now += 20_000;
    expect(verifier.verify(token)).toBe(claims);
    expect(fullVerifications()).toBe(1);
  });

  it('a cached token still fails once expired, on every later use', () => {
    const { clock, verifier, signer } = setup();
    const token = signer.sign(officer('u-1'));
    verifier.verify(token);
    clock.now = START + (AUTH_CONTEXT_TTL_SECONDS + AUTH_CONTEXT_CLOCK_SKEW_SECONDS) * 1000;
    expect(verifier.verify(token).actor.id).toBe('u-1');
    clock.now += 1000;
    expect(refusal(() => verifier.verify(token))).toMatch(/expired/);
    expect(refusal(() => verifier.verify(token))).toMatch(/expired/);
  });

  it('never serves a tampered token from the cache: an edited token is another string and is verified afresh', () => {
    const { verifier, signer, fullVerifications } = setup();
    const token = signer.sign(officer('u-1'));
    verifier.verify(token);
    const [header, body, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const widened = Buffer.from(JSON.stringify({ ...claims, scopeOrgId: null, permissions: ['members:read', 'members:write'] })).toString('base64url');
    expect(refusal(() => verifier.verify(`${header}.${widened}.${signature}`))).toMatch(/bad signature/);
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(refusal(() => verifier.verify(`${header}.${body}.${flipped}`))).toMatch(/bad signature/);
    expect(refusal(() => verifier.verify(`${token}.`))).toMatch(/malformed/);
    expect(fullVerifications()).toBe(4);
    // refusals are not remembered either
    expect(refusal(() => verifier.verify(`${header}.${widened}.${signature}`))).toMatch(/bad signature/);
    expect(fullVerifications()).toBe(5);
  });

  it('a removed key stops its cached tokens at once, and so does a key replaced under the same kid', () => {
    const { keys, verifier, signer } = setup();
    const token = signer.sign(officer('u-1'));
    verifier.verify(token);
    keys.delete('k1');
    expect(refusal(() => verifier.verify(token))).toMatch(/unknown key/);
    keys.set('k1', other.publicKey);
    expect(refusal(() => verifier.verify(token))).toMatch(/bad signature/);
    keys.set('k1', current.publicKey);
    expect(verifier.verify(token).actor.id).toBe('u-1');
  });

  it('holds at most `capacity` tokens, forgetting the least recently used; clear() forgets all', () => {
    const { verifier, signer, fullVerifications } = setup(2);
    const [a, b, c] = ['u-a', 'u-b', 'u-c'].map((id) => signer.sign(officer(id))) as [string, string, string];
    verifier.verify(a);
    verifier.verify(b);
    verifier.verify(a); // hit: a is now the most recent
    verifier.verify(c); // evicts b
    expect(fullVerifications()).toBe(3);
    verifier.verify(a);
    expect(fullVerifications()).toBe(3);
    verifier.verify(b);
    expect(fullVerifications()).toBe(4);
    verifier.clear();
    verifier.verify(b);
    expect(fullVerifications()).toBe(5);
  });

  it('hands out frozen claims: one request cannot change what the next one sees', () => {
    const { verifier, signer } = setup();
    const token = signer.sign(officer('u-1'));
    const claims = verifier.verify(token);
    expect(() => claims.permissions.push('members:write')).toThrow(TypeError);
    expect(() => {
      (claims as { scopeOrgId: string | null }).scopeOrgId = null;
    }).toThrow(TypeError);
    expect(verifier.verify(token).permissions).toEqual(['members:read']);
  });

  it('refuses a missing token', () => {
    expect(refusal(() => setup().verifier.verify(undefined))).toMatch(/missing/);
  });
});
