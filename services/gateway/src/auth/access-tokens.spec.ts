import jwt from 'jsonwebtoken';
import { AccessTokens, ACCESS_TOKEN_TTL_SECONDS } from './access-tokens';
import type { Principal } from './principal';

const SECRET = 'unit-test-jwt-secret-0123456789abcdef';
const principal: Principal = {
  userId: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f',
  username: 'admin',
  fullName: 'Quản trị hệ thống',
  roles: ['admin'],
  permissions: ['members:read'],
  scopeOrgId: null,
  clearance: 3,
};

describe('AccessTokens', () => {
  const tokens = new AccessTokens(SECRET);

  it('verifies what it issued, for at most 15 minutes', () => {
    const { accessToken, expiresIn } = tokens.issue(principal);
    expect(expiresIn).toBe(ACCESS_TOKEN_TTL_SECONDS);
    expect(ACCESS_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(900);
    expect(tokens.verify(accessToken)).toEqual(principal);
  });

  it('refuses a token from another key, another algorithm, or with claims of the wrong shape', () => {
    const other = new AccessTokens('another-secret-0123456789abcdef-xyz').issue(principal).accessToken;
    const hs512 = jwt.sign({ sub: 'x' }, SECRET, { algorithm: 'HS512', issuer: 'lienthong-gateway', audience: 'lienthong-api' });
    const shapeless = jwt.sign({ sub: 'x', usr: 1 }, SECRET, { algorithm: 'HS256', issuer: 'lienthong-gateway', audience: 'lienthong-api' });
    for (const token of [other, hs512, shapeless, 'a.b.c', '']) {
      expect(() => tokens.verify(token)).toThrow(expect.objectContaining({ code: 'AUTH.TOKEN_INVALID' }) as Error);
    }
  });

  it('refuses a short secret', () => {
    expect(() => new AccessTokens('short')).toThrow('at least 32');
  });
});
