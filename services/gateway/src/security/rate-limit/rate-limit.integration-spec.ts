import { InProcessTransport, JsonLogger } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { createGatewayDataSource } from '../../database/data-source';
import { adminToken, startTestGateway, type TestGateway } from '../../testing/test-gateway';
import { createTestUser, loginAs } from '../../users/testing/user-fixtures';
import { resolveRateLimit } from './rate-limit.settings';
import { SharedRateCounters } from './shared-rate-counters';

describe('rate limits per subject and per address, counted in PostgreSQL', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const quiet = new JsonLogger({ app: 'test' }, 'error', () => undefined);

  beforeAll(async () => {
    db = await createTestDatabase('gateway_rate_limit');
    transport = new InProcessTransport();
    // Address limit 4: the admin's and the user's sign-ins below use 3 of them.
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { rateLimit: { perSubject: 5, perAddress: 4, windowSeconds: 3600 } });
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  it('answers the subject’s request over the limit with 429, Retry-After and the envelope (vi/en); another user is not affected', async () => {
    const admin = await adminToken(gateway);
    const user = await createTestUser(gateway, admin, { username: 'nhanh', roles: ['member'], homeOrgId: randomUUID() });
    const { accessToken } = await loginAs(gateway, user.username, user.password);
    for (let i = 0; i < 5; i++) await gateway.http().get('/api/v1/me').set(auth(accessToken)).expect(200);
    const vi = await gateway.http().get('/api/v1/me').set(auth(accessToken)).expect(429);
    expect(vi.body).toEqual({ code: 'COMMON.RATE_LIMITED', message: 'Quá nhiều yêu cầu; hãy thử lại sau.', correlationId: expect.any(String) });
    const retryAfter = Number(vi.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const en = await gateway.http().get('/api/v1/me').set(auth(accessToken)).set('Accept-Language', 'en').expect(429);
    expect(en.body.message).toBe('Too many requests; try again later.');
    // The admin made 2 calls (create user, and this one): still within its own limit.
    await gateway.http().get('/api/v1/me').set(auth(admin)).expect(200);
  });

  it('limits calls without a principal per address (sign-in), and never the health probes', async () => {
    const login = () => gateway.http().post('/api/v1/auth/login').send({ username: 'khongco', password: 'sai-mật-khẩu-thử' });
    // 2 sign-ins so far from this address (admin, nhanh): 2 more fit, then 429 before any password work.
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(401);
    const limited = await login().expect(429);
    expect(limited.body.code).toBe('COMMON.RATE_LIMITED');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    for (let i = 0; i < 6; i++) await gateway.http().get('/api/v1/health/live').expect(200);
  });

  it('keeps the counts in PostgreSQL, where two gateway replicas add up to one limit', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // the gateway syncs every 100 ms
    const settings = resolveRateLimit({ perSubject: 10, windowSeconds: 3600, syncIntervalMs: 60_000 });
    const { dataSource } = await openDataSource(db.url);
    try {
      const stored: { hits: number }[] = await dataSource.query(`SELECT hits FROM rate_limit_counter WHERE key LIKE 'a:%'`);
      expect(stored.map((r) => r.hits)).toEqual([4]);
      const a = new SharedRateCounters(dataSource, settings, quiet);
      const b = new SharedRateCounters(dataSource, settings, quiet);
      for (let i = 0; i < 6; i++) expect(a.hit('s:shared', 10).allowed).toBe(true);
      await a.sync();
      expect(b.hit('s:shared', 10).allowed).toBe(true);
      await b.sync(); // b learns the 7 counted so far by both
      expect([1, 2, 3].map(() => b.hit('s:shared', 10).allowed)).toEqual([true, true, true]);
      const refused = b.hit('s:shared', 10);
      expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
      await b.sync();
      await a.sync();
      expect(a.hit('s:shared', 10).allowed).toBe(true); // a has not synced b's hits for this key yet: it learns at its next sync
      await a.sync();
      expect(a.hit('s:shared', 10).allowed).toBe(false);
      const [row] = await dataSource.query<{ hits: number }[]>(`SELECT hits FROM rate_limit_counter WHERE key = 's:shared'`);
      expect(row?.hits).toBe(11);
    } finally {
      await dataSource.destroy();
    }
  });
});

async function openDataSource(url: string) {
  const dataSource = createGatewayDataSource(url);
  await dataSource.initialize();
  return { dataSource };
}
