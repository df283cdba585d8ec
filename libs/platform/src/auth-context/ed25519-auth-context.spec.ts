import { generateKeyPairSync, sign as edSign } from 'node:crypto';
import { DomainError } from '../errors/domain-error';
import { AUTH_CONTEXT_CLOCK_SKEW_SECONDS, AUTH_CONTEXT_TTL_SECONDS, type UnsignedClaims } from './auth-context-signer';
import type { AuthContextSigningKey } from './auth-context-keys';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from './ed25519-auth-context';
import { systemClaims } from './system-actor';

const NOW = 1_760_000_000_000;
const keyPair = (kid: string) => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signing: { kid, key: privateKey } satisfies AuthContextSigningKey, publicKey };
};
const current = keyPair('ctx-2026-11');
const previous = keyPair('ctx-2026-05');
const stranger = keyPair('ctx-2026-11'); // same kid, another key: a forger who guessed the id

const user: UnsignedClaims = {
  actor: { type: 'user', id: '0190d7a0-0000-7000-8000-0000000000aa', name: 'Nguyễn Văn An' },
  roles: ['org-officer'],
  permissions: ['members:read'],
  scopeOrgId: '0190d7a0-0000-7000-8000-000000000001',
  clearance: 0,
};

const signer = (k: { signing: AuthContextSigningKey }, at = NOW) => new Ed25519AuthContextSigner(k.signing, () => at);
const verifier = (keys: [string, ReturnType<typeof keyPair>][] = [[current.signing.kid, current]], at = NOW) =>
  new Ed25519AuthContextVerifier(new Map(keys.map(([kid, k]) => [kid, k.publicKey])), () => at);

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const parts = (token: string) => token.split('.') as [string, string, string];
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
/** A token over any header and body, signed by `key` (what an attacker holding some key can make). */
const handMade = (header: unknown, body: unknown, key = current.signing.key) => {
  const input = `${b64(header)}.${b64(body)}`;
  return `${input}.${edSign(null, Buffer.from(input), key).toString('base64url')}`;
};
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

describe('Ed25519 auth context', () => {
  it('round-trips the claims with a kid header, issue and expiry times', () => {
    const token = signer(current).sign(user);
    expect(decode(parts(token)[0])).toEqual({ alg: 'EdDSA', typ: 'lt-auth-context', kid: 'ctx-2026-11' });
    const claims = verifier().verify(token);
    expect(claims).toMatchObject(user);
    expect(claims.exp - claims.iat).toBe(AUTH_CONTEXT_TTL_SECONDS);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['one part', 'abc'],
    ['two parts', 'a.b'],
    ['four parts', 'a.b.c.d'],
    ['empty signature', 'a.b.'],
    ['huge', 'a'.repeat(20_000)],
  ])('refuses a %s token', (_label, token) => {
    refusal(() => verifier().verify(token));
  });

  it('refuses claims edited after signing (a wider scope, more permissions)', () => {
    const [header, body, signature] = parts(signer(current).sign(user));
    const widened = b64({ ...decode(body), scopeOrgId: null, permissions: ['members:read', 'members:write'] });
    expect(refusal(() => verifier().verify(`${header}.${widened}.${signature}`))).toMatch(/bad signature/);
    // the header is signed too: pointing at another kid breaks the signature
    const moved = b64({ alg: 'EdDSA', typ: 'lt-auth-context', kid: previous.signing.kid });
    const both = verifier([[current.signing.kid, current], [previous.signing.kid, previous]]);
    expect(refusal(() => both.verify(`${moved}.${body}.${signature}`))).toMatch(/bad signature/);
  });

  it('refuses a context signed by another key, even under a known kid', () => {
    expect(refusal(() => verifier().verify(signer(stranger).sign(user)))).toMatch(/bad signature/);
    expect(refusal(() => verifier().verify(signer(keyPair('unknown')).sign(user)))).toMatch(/unknown key/);
  });

  it.each([
    ['alg none, no signature', { alg: 'none', typ: 'lt-auth-context', kid: 'ctx-2026-11' }],
    ['alg HS256 (a public key used as an HMAC secret)', { alg: 'HS256', typ: 'lt-auth-context', kid: 'ctx-2026-11' }],
    ['alg RS256', { alg: 'RS256', typ: 'lt-auth-context', kid: 'ctx-2026-11' }],
    ['another token type (a JWT)', { alg: 'EdDSA', typ: 'JWT', kid: 'ctx-2026-11' }],
    ['no kid', { alg: 'EdDSA', typ: 'lt-auth-context' }],
    ['a kid that is not a string', { alg: 'EdDSA', typ: 'lt-auth-context', kid: ['ctx-2026-11'] }],
    ['an inherited kid', { alg: 'EdDSA', typ: 'lt-auth-context', kid: 'constructor' }],
  ])('refuses alg/kid confusion: %s', (_label, header) => {
    const body = { ...user, iat: NOW / 1000, exp: NOW / 1000 + 60 };
    refusal(() => verifier().verify(handMade(header, body)));
    refusal(() => verifier().verify(`${b64(header)}.${b64(body)}.`));
  });

  it('refuses a signed body that is not well-formed claims', () => {
    const header = { alg: 'EdDSA', typ: 'lt-auth-context', kid: 'ctx-2026-11' };
    const iat = NOW / 1000;
    for (const body of [
      'not json',
      [1, 2],
      { ...user, iat, exp: iat + 60, actor: { type: 'root', id: 'x', name: 'x' } },
      { ...user, iat, exp: iat + 60, permissions: 'members:read' },
      { ...user, iat, exp: iat + 60, scopeOrgId: 42 },
      { ...user, iat: String(iat), exp: iat + 60 },
      // the wildcard belongs to the system actor alone, even signed
      { ...user, iat, exp: iat + 60, permissions: ['*'] },
    ]) {
      expect(refusal(() => verifier().verify(handMade(header, body)))).toMatch(/malformed claims/);
    }
  });

  it('refuses an expired context, one issued in the future and one living too long; tolerates the skew', () => {
    const token = signer(current).sign(user);
    const at = (seconds: number) => verifier(undefined, NOW + seconds * 1000);
    expect(at(AUTH_CONTEXT_TTL_SECONDS + AUTH_CONTEXT_CLOCK_SKEW_SECONDS).verify(token)).toMatchObject(user);
    expect(refusal(() => at(AUTH_CONTEXT_TTL_SECONDS + AUTH_CONTEXT_CLOCK_SKEW_SECONDS + 1).verify(token))).toMatch(/expired/);
    expect(at(-AUTH_CONTEXT_CLOCK_SKEW_SECONDS).verify(token)).toMatchObject(user);
    expect(refusal(() => at(-AUTH_CONTEXT_CLOCK_SKEW_SECONDS - 1).verify(token))).toMatch(/future/);
    const iat = NOW / 1000;
    const forever = handMade({ alg: 'EdDSA', typ: 'lt-auth-context', kid: 'ctx-2026-11' }, { ...user, iat, exp: iat + 86_400 });
    expect(refusal(() => verifier().verify(forever))).toMatch(/lifetime/);
  });

  it('rotation: accepts the previous key while it is listed, refuses it once removed', () => {
    const old = signer(previous).sign(systemClaims('documents'));
    const during = verifier([[current.signing.kid, current], [previous.signing.kid, previous]]);
    expect(during.verify(old).actor.id).toBe('system:documents');
    expect(during.verify(signer(current).sign(user)).actor.id).toBe(user.actor.id);
    expect(refusal(() => verifier().verify(old))).toMatch(/unknown key/);
  });

  it('needs at least one public key', () => {
    expect(() => new Ed25519AuthContextVerifier(new Map())).toThrow(/at least one/);
  });
});
