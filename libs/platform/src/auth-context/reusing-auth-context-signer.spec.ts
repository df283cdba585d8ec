import { generateKeyPairSync } from 'node:crypto';
import type { UnsignedClaims } from './auth-context-signer';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from './ed25519-auth-context';
import { ReusingAuthContextSigner } from './reusing-auth-context-signer';
import { systemClaims } from './system-actor';

const START = 1_760_000_000_000;
const { privateKey, publicKey } = generateKeyPairSync('ed25519');

const officer = (id: string, more: Partial<UnsignedClaims> = {}): UnsignedClaims => ({
  actor: { type: 'user', id, name: 'Trần Thị Bình' },
  roles: ['org-officer'],
  permissions: ['members:read'],
  scopeOrgId: '0190d7a0-0000-7000-8000-000000000001',
  clearance: 0,
  ...more,
});

/** A reusing signer over a real Ed25519 signer, both on one settable clock; counts the signatures made. */
function setup(capacity = 100) {
  const clock = { now: START };
  const inner = new Ed25519AuthContextSigner({ kid: 'k1', key: privateKey }, () => clock.now);
  const issue = jest.spyOn(inner, 'issue');
  const signer = new ReusingAuthContextSigner(inner, { capacity, now: () => clock.now });
  const verifier = new Ed25519AuthContextVerifier(new Map([['k1', publicKey]]), () => clock.now);
  return { clock, signer, verifier, signatures: () => issue.mock.calls.length };
}

describe('ReusingAuthContextSigner', () => {
  it('signs equal claims once and hands out the same, valid token', () => {
    const { signer, verifier, signatures } = setup();
    const token = signer.sign(officer('u-1'));
    expect(signer.sign(officer('u-1'))).toBe(token);
    expect(signatures()).toBe(1);
    expect(verifier.verify(token).actor.id).toBe('u-1');
  });

  it('re-signs once less than 30 s of the 60 s remain, so a handed-out token always has more than 30 s left', () => {
    const { clock, signer, verifier, signatures } = setup();
    const first = signer.sign(officer('u-1'));
    clock.now = START + 29_999;
    expect(signer.sign(officer('u-1'))).toBe(first);
    clock.now = START + 30_000;
    const second = signer.sign(officer('u-1'));
    expect(second).not.toBe(first);
    expect(signatures()).toBe(2);
    const claims = verifier.verify(second);
    expect(claims.iat).toBe((START + 30_000) / 1000);
    expect(claims.exp - clock.now / 1000).toBeGreaterThan(30);
  });

  it('never shares a token between principals, nor after a principal’s permissions, roles or scope changed', () => {
    const { signer, verifier } = setup();
    const variants = [
      officer('u-1'),
      officer('u-2'),
      officer('u-1', { actor: { type: 'client', id: 'u-1', name: 'Trần Thị Bình' } }),
      officer('u-1', { permissions: ['members:read', 'members:write'] }),
      officer('u-1', { roles: ['org-admin'] }),
      officer('u-1', { scopeOrgId: '0190d7a0-0000-7000-8000-000000000002' }),
      officer('u-1', { scopeOrgId: null }),
      officer('u-1', { clearance: 2 }),
      systemClaims('documents'),
      systemClaims('finance'),
    ];
    const tokens = variants.map((claims) => signer.sign(claims));
    expect(new Set(tokens).size).toBe(variants.length);
    tokens.forEach((token, i) => expect(verifier.verify(token)).toMatchObject(variants[i]));
  });

  it('keeps at most `capacity` tokens, forgetting the least recently used', () => {
    const { signer, signatures } = setup(2);
    const a = signer.sign(officer('u-a'));
    signer.sign(officer('u-b'));
    expect(signer.sign(officer('u-a'))).toBe(a); // a is now the most recent
    signer.sign(officer('u-c')); // evicts b
    expect(signatures()).toBe(3);
    expect(signer.sign(officer('u-a'))).toBe(a);
    signer.sign(officer('u-b'));
    expect(signatures()).toBe(4);
  });

  it('signs afresh when the clock was set back (a reused token would be issued in the future)', () => {
    const { clock, signer, verifier } = setup();
    const first = signer.sign(officer('u-1'));
    clock.now = START - 120_000;
    const again = signer.sign(officer('u-1'));
    expect(again).not.toBe(first);
    expect(verifier.verify(again).iat).toBe((START - 120_000) / 1000);
  });
});
