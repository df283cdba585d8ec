import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { adminToken, startTestGateway, TEST_ADMIN_PASSWORD, type TestGateway } from '../testing/test-gateway';
import { createTestUser, loginAs } from '../users/testing/user-fixtures';

const SHORT_LOCKOUT = { maxFailuresPerUsername: 3, maxFailuresPerAddress: 1000, windowSeconds: 60, baseLockSeconds: 1, maxLockSeconds: 4 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('refresh tokens and login protection', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let second: TestGateway;
  let pg: Client;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_session');
    transport = new InProcessTransport();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { loginProtection: SHORT_LOCKOUT });
    second = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { loginProtection: SHORT_LOCKOUT });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    admin = await adminToken(gateway);
  });

  afterAll(async () => {
    await pg?.end();
    await second?.close();
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  const login = (g: TestGateway, username: string, password: string) => g.http().post('/api/v1/auth/login').send({ username, password });
  const refresh = (refreshToken: string) => gateway.http().post('/api/v1/auth/refresh').send({ refreshToken });

  it('stores only the sha256 of a refresh token, and rotates it within its family', async () => {
    const first = (await login(gateway, 'admin', TEST_ADMIN_PASSWORD).expect(200)).body as { refreshToken: string };
    expect(Buffer.from(first.refreshToken, 'base64url')).toHaveLength(32);
    const { rows } = await pg.query<{ family_id: string; token_hash: Buffer }>(
      `SELECT family_id, token_hash FROM refresh_token WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
      [first.refreshToken],
    );
    expect(rows).toHaveLength(1);
    const { rows: raw } = await pg.query(`SELECT 1 FROM refresh_token WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'`, [first.refreshToken]);
    expect(raw).toHaveLength(0);
    const next = (await refresh(first.refreshToken).expect(200)).body as { accessToken: string; refreshToken: string; expiresIn: number };
    expect(next).toMatchObject({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    expect(next.refreshToken).not.toBe(first.refreshToken);
    const family = await pg.query(`SELECT count(*)::int AS n, count(used_at)::int AS used FROM refresh_token WHERE family_id = $1`, [rows[0]?.family_id]);
    expect(family.rows[0]).toEqual({ n: 2, used: 1 });
    await gateway.http().get('/api/v1/me').set('Authorization', `Bearer ${next.accessToken}`).expect(200);
  });

  it('revokes the whole family when a spent token comes back, and answers 401', async () => {
    const a = (await login(gateway, 'admin', TEST_ADMIN_PASSWORD).expect(200)).body.refreshToken as string;
    const b = (await refresh(a).expect(200)).body.refreshToken as string;
    const reused = await refresh(a).expect(401);
    expect(reused.body.code).toBe('AUTH.REFRESH_TOKEN_INVALID');
    // The live successor died with its family: the thief and the owner both sign in again.
    await refresh(b).expect(401);
    await refresh('not-a-token-at-all').expect(401);
  });

  it('logout revokes the family; an unknown token is answered the same', async () => {
    const a = (await login(gateway, 'admin', TEST_ADMIN_PASSWORD).expect(200)).body.refreshToken as string;
    const b = (await refresh(a).expect(200)).body.refreshToken as string;
    await gateway.http().post('/api/v1/auth/logout').send({ refreshToken: b }).expect(204);
    await refresh(b).expect(401);
    await gateway.http().post('/api/v1/auth/logout').send({ refreshToken: 'inconnu' }).expect(204);
  });

  it('locks a username after N failures with 429 + Retry-After, the same for an existing and an unknown user, then lets it in after the wait', async () => {
    const user = await createTestUser(gateway, admin, { username: 'bikhoa', roles: ['member'], homeOrgId: randomUUID() });
    const bodies: unknown[] = [];
    for (const username of ['bikhoa', 'khongco']) {
      for (let i = 0; i < 3; i += 1) {
        const res = await login(gateway, username, 'Sai-Mat-Khau-1').expect(401);
        bodies.push({ ...res.body, correlationId: undefined });
      }
      const locked = await login(gateway, username, username === 'bikhoa' ? user.password : 'x').expect(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(locked.body.message).toBe('Đăng nhập sai quá nhiều lần; tạm thời bị khóa, hãy thử lại sau.');
      bodies.push({ ...locked.body, correlationId: undefined, retryAfter: locked.headers['retry-after'] });
    }
    // Unknown user and wrong password answer alike; so do the two lockouts.
    expect(new Set(bodies.slice(0, 3).concat(bodies.slice(4, 7)).map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[3]).toEqual(bodies[7]);
    await sleep(1_200);
    await loginAs(gateway, 'bikhoa', user.password);
  });

  it('doubles the lockout on each further one, up to the maximum', async () => {
    const fail = () => login(gateway, 'gapdoi', 'Sai-Mat-Khau-1');
    for (let i = 0; i < 3; i += 1) await fail().expect(401);
    expect((await fail().expect(429)).headers['retry-after']).toBe('1');
    await sleep(1_100);
    for (let i = 0; i < 3; i += 1) await fail().expect(401);
    expect(Number((await fail().expect(429)).headers['retry-after'])).toBeGreaterThanOrEqual(2);
    const { rows } = await pg.query(`SELECT lock_level FROM login_throttle WHERE key = 'u:gapdoi'`);
    expect(rows[0]).toEqual({ lock_level: 2 });
  });

  it('counts failures in PostgreSQL: two gateways on one database agree on the lockout', async () => {
    await login(gateway, 'haimay', 'Sai-Mat-Khau-1').expect(401);
    await login(second, 'haimay', 'Sai-Mat-Khau-1').expect(401);
    await login(gateway, 'haimay', 'Sai-Mat-Khau-1').expect(401);
    await login(second, 'haimay', 'Sai-Mat-Khau-1').expect(429);
    await login(gateway, 'haimay', 'Sai-Mat-Khau-1').expect(429);
  });

  it('locks an address that tries many usernames', async () => {
    const strict = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, {
      loginProtection: { ...SHORT_LOCKOUT, maxFailuresPerAddress: 4, maxFailuresPerUsername: 100 },
    });
    try {
      await pg.query(`DELETE FROM login_throttle WHERE key LIKE 'a:%'`);
      for (let i = 0; i < 4; i += 1) await login(strict, `dao-${i}`, 'Sai-Mat-Khau-1').expect(401);
      await login(strict, 'dao-moi', 'Sai-Mat-Khau-1').expect(429);
    } finally {
      await pg.query(`DELETE FROM login_throttle WHERE key LIKE 'a:%'`);
      await strict.close();
    }
  });
});
