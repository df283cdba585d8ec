import { DATA_SOURCE, InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, seedScopeTree, TEST_AUTH_CONTEXT_KEY, type ScopeTree, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { adminToken, startTestGateway, TEST_ADMIN_PASSWORD, type TestGateway } from '../testing/test-gateway';
import { createTestUser, GOOD_PASSWORD, loginAs, type TestUser } from '../users/testing/user-fixtures';
import { AuditLog } from './audit-log';

interface Row {
  action: string;
  outcome: string;
  actor_type: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  status_code: number | null;
  http_route: string | null;
  details: Record<string, unknown>;
}

const NEW_PASSWORD = 'Mật-khẩu-Mới-Hơn-2026!';
const WRONG_PASSWORD = 'Sai-mật-khẩu-2026!';

/**
 * The security events issue 4 wants in the audit log — lockout, refresh-token reuse, refused
 * access (401, 403, 404 by scope), password change, logout — and never a secret in any row.
 */
describe('audit hooks of the security events, and no user enumeration', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let sql: DataSource;
  let admin: string;
  let tree: ScopeTree;
  let officer: TestUser;
  let other: TestUser;
  /** Every secret that crossed the API in this file: none may be in the log. */
  const secrets = new Set<string>([GOOD_PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, TEST_ADMIN_PASSWORD]);
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    db = await createTestDatabase('gateway_audit_hooks');
    transport = new InProcessTransport();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { loginProtection: { maxFailuresPerUsername: 3 } });
    sql = gateway.app.get<DataSource>(DATA_SOURCE);
    tree = await seedScopeTree(sql);
    admin = await adminToken(gateway);
    secrets.add(admin);
    officer = await createTestUser(gateway, admin, { username: 'kiemtoan.a', roles: ['unit-admin', 'organization'], homeOrgId: tree.a });
    other = await createTestUser(gateway, admin, { username: 'kiemtoan.b', roles: ['member'], homeOrgId: tree.b });
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  async function rows(where: string, params: unknown[] = []): Promise<Row[]> {
    await gateway.app.get(AuditLog).flush();
    return sql.query<Row[]>(`SELECT * FROM audit_event WHERE ${where} ORDER BY occurred_at, id`, params);
  }

  it('records the lockout it imposes (which username, how long), then each sign-in refused while locked', async () => {
    for (let i = 0; i < 3; i++) {
      await gateway.http().post('/api/v1/auth/login').send({ username: 'khoa.thu', password: WRONG_PASSWORD }).expect(401);
    }
    await gateway.http().post('/api/v1/auth/login').send({ username: 'khoa.thu', password: WRONG_PASSWORD }).expect(429);
    const [locked, ...more] = await rows(`action = 'auth.login.locked'`);
    expect(more).toEqual([]);
    expect(locked).toMatchObject({ outcome: 'denied', actor_type: 'anonymous', target_type: 'username', target_id: 'khoa.thu', details: { lockSeconds: 60, lockLevel: 1 } });
    const refused = await rows(`action = 'auth.login.failed' AND status_code = 429`);
    expect(refused).toEqual([expect.objectContaining({ outcome: 'denied', details: expect.objectContaining({ code: 'AUTH.LOGIN_LOCKED' }) })]);
  });

  it('records the reuse of a spent refresh token, naming the revoked family', async () => {
    const first = await loginAs(gateway, officer.username, officer.password);
    const second = await gateway.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    [first.accessToken, first.refreshToken, second.body.accessToken as string, second.body.refreshToken as string].forEach((t) => secrets.add(t));
    await gateway.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    const [reused] = await rows(`action = 'auth.refresh.reused'`);
    expect(reused).toMatchObject({ outcome: 'denied', actor_type: 'user', actor_id: officer.id, target_type: 'session', details: { familyRevoked: true } });
    expect(reused?.target_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records every refused access: 401 without a token, 403 without the permission, 404 outside the scope', async () => {
    const { accessToken: scoped } = await loginAs(gateway, officer.username, officer.password);
    const { accessToken: member } = await loginAs(gateway, other.username, other.password);
    [scoped, member].forEach((t) => secrets.add(t));
    await gateway.http().get('/api/v1/users').expect(401);
    await gateway.http().get('/api/v1/users').set(as(member)).expect(403);
    await gateway.http().get(`/api/v1/users/${other.id}`).set(as(scoped)).expect(404);
    const denied = await rows(`action = 'access.denied' AND http_route LIKE '/api/v1/users%'`);
    expect(denied.map((r) => [r.status_code, r.actor_id, r.outcome])).toEqual([
      [401, null, 'denied'],
      [403, other.id, 'denied'],
      [404, officer.id, 'denied'],
    ]);
    expect(denied[2]).toMatchObject({ target_id: other.id, details: expect.objectContaining({ code: 'USERS.USER_NOT_FOUND', permission: 'admin:users' }) });
  });

  it('records a password change and a logout by the account itself', async () => {
    const session = await loginAs(gateway, other.username, other.password);
    [session.accessToken, session.refreshToken].forEach((t) => secrets.add(t));
    const changed = await gateway
      .http()
      .post('/api/v1/auth/change-password')
      .set(as(session.accessToken))
      .send({ currentPassword: other.password, newPassword: NEW_PASSWORD })
      .expect(200);
    [changed.body.accessToken as string, changed.body.refreshToken as string].forEach((t) => secrets.add(t));
    await gateway.http().post('/api/v1/auth/logout').send({ refreshToken: changed.body.refreshToken as string }).expect(204);
    const [change] = await rows(`http_route = '/api/v1/auth/change-password' AND outcome = 'success'`);
    expect(change).toMatchObject({ actor_id: other.id, details: expect.objectContaining({ body: { currentPassword: '[redacted]', newPassword: '[redacted]' } }) });
    const [logout] = await rows(`http_route = '/api/v1/auth/logout' AND outcome = 'success'`);
    expect(logout).toMatchObject({ status_code: 204, details: expect.objectContaining({ body: { refreshToken: '[redacted]' } }) });
  });

  it('keeps every secret out of every row: no password, token or password hash', async () => {
    const hashes = await sql.query<{ password_hash: string }[]>('SELECT password_hash FROM gateway_user');
    hashes.forEach((h) => secrets.add(h.password_hash));
    const all = await rows('true');
    expect(all.length).toBeGreaterThan(15);
    const text = JSON.stringify(all);
    expect([...secrets].filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toContain('$argon2');
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  });

  describe('no enumeration: an unknown user and a wrong password cannot be told apart', () => {
    it('answers both with the same status and body', async () => {
      const strip = (body: Record<string, unknown>) => ({ ...body, correlationId: undefined });
      const wrong = await gateway.http().post('/api/v1/auth/login').send({ username: officer.username, password: WRONG_PASSWORD });
      const unknown = await gateway.http().post('/api/v1/auth/login').send({ username: 'khong.ai.ca', password: WRONG_PASSWORD });
      expect(unknown.status).toBe(wrong.status);
      expect(strip(unknown.body as Record<string, unknown>)).toEqual(strip(wrong.body as Record<string, unknown>));
      expect(unknown.headers['content-length']).toBe(wrong.headers['content-length']);
    });

    it('verifies the password of an unknown user against a dummy argon2id hash (the same work as a real check)', async () => {
      const hasher = gateway.app.get(PasswordHasher);
      const verify = jest.spyOn(hasher, 'verify');
      try {
        await gateway.http().post('/api/v1/auth/login').send({ username: 'nguoi.la.hoan.toan', password: WRONG_PASSWORD }).expect(401);
        expect(verify).toHaveBeenCalledTimes(1);
        const [dummyHash, password] = verify.mock.calls[0] ?? [];
        expect(dummyHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(password).toBe(WRONG_PASSWORD);
        await expect(verify.mock.results[0]?.value).resolves.toBe(false);
        verify.mockClear();
        await gateway.http().post('/api/v1/auth/login').send({ username: officer.username, password: WRONG_PASSWORD }).expect(401);
        expect(verify).toHaveBeenCalledTimes(1);
        expect(verify.mock.calls[0]?.[0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(verify.mock.calls[0]?.[0]).not.toBe(dummyHash);
      } finally {
        verify.mockRestore();
      }
    });
  });
});
