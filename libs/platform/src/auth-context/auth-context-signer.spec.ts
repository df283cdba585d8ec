import { DomainError } from '../errors/domain-error';
import { AUTH_CONTEXT_TTL_SECONDS, HmacAuthContext } from './auth-context-signer';
import { systemClaims } from './system-actor';

const KEY = 'unit-test-key-0123456789abcdefghijklmn';

describe('HmacAuthContext', () => {
  const claims = { ...systemClaims('members', 'c-1'), scopeOrgId: '0190d7a0-0000-7000-8000-000000000001' };

  it('round-trips the claims with issue and expiry times', () => {
    const now = 1_760_000_000_000;
    const ctx = new HmacAuthContext(KEY, () => now);
    const verified = ctx.verify(ctx.sign(claims));
    expect(verified).toMatchObject(claims);
    expect(verified.exp - verified.iat).toBe(AUTH_CONTEXT_TTL_SECONDS);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['no signature', 'abc'],
    ['three parts', 'a.b.c'],
  ])('refuses a %s token', (_label, token) => {
    expect(() => new HmacAuthContext(KEY).verify(token)).toThrow(DomainError);
  });

  it('refuses claims changed after signing (a wider scope, say)', () => {
    const ctx = new HmacAuthContext(KEY);
    const [, mac] = ctx.sign(claims).split('.');
    const widened = Buffer.from(JSON.stringify({ ...claims, scopeOrgId: null, iat: 1, exp: 9_999_999_999 })).toString('base64url');
    expect(() => ctx.verify(`${widened}.${mac}`)).toThrow(/bad signature/);
  });

  it('refuses a context signed with another key', () => {
    const other = new HmacAuthContext('another-key-0123456789abcdefghijklmnop');
    expect(() => new HmacAuthContext(KEY).verify(other.sign(claims))).toThrow(/bad signature/);
  });

  it('refuses an expired context and one issued in the future', () => {
    let now = 1_760_000_000_000;
    const ctx = new HmacAuthContext(KEY, () => now);
    const token = ctx.sign(claims);
    now += (AUTH_CONTEXT_TTL_SECONDS + 1) * 1000;
    expect(() => ctx.verify(token)).toThrow(/expired/);
    const future = new HmacAuthContext(KEY, () => now + 60_000).sign(claims);
    expect(() => ctx.verify(future)).toThrow(/future/);
  });

  it('refuses a short key at construction', () => {
    expect(() => new HmacAuthContext('short')).toThrow(/at least 32/);
  });
});
