import jwt from 'jsonwebtoken';
import { AccessTokens } from '../auth/access-tokens';
import { clientPrincipal } from './api-client';

const SECRET = 'a-test-secret-of-at-least-thirty-two-chars';

describe('access tokens of API clients', () => {
  const tokens = new AccessTokens(SECRET);
  const client = clientPrincipal({ id: '01a214d5-37ab-7001-af3d-1fc6d508d71e', clientId: 'ltc_AAAAAAAAAAAAAAAAAAAAAA', name: 'Hệ thống Sở Nội vụ', permissions: ['members:read'], orgId: '01a214d5-37ab-7001-af3d-1fc6d508d71f' });

  it('round-trips the client kind and its public id (its rate-limit subject)', () => {
    const principal = tokens.verify(tokens.issue(client).accessToken);
    expect(principal).toEqual(client);
    expect(principal).toMatchObject({ kind: 'client', clientId: 'ltc_AAAAAAAAAAAAAAAAAAAAAA', scopeOrgId: client.scopeOrgId, roles: [] });
  });

  it('leaves user tokens as they were (no kind)', () => {
    const user = { userId: 'u1', username: 'admin', fullName: 'Quản trị', roles: ['admin'], permissions: [], scopeOrgId: null, clearance: 3 };
    expect(tokens.verify(tokens.issue(user).accessToken)).toEqual(user);
  });

  it('refuses a token that says client without naming one', () => {
    const forged = jwt.sign(
      { sub: 'x', usr: 'x', name: 'x', roles: [], perms: [], scope: null, clr: 0, knd: 'client' },
      SECRET,
      { algorithm: 'HS256', issuer: 'lienthong-gateway', audience: 'lienthong-api', expiresIn: 60 },
    );
    expect(() => tokens.verify(forged)).toThrow(expect.objectContaining({ code: 'AUTH.TOKEN_INVALID' }));
  });
});
