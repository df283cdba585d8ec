import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { BUILT_IN_ROLES } from '../roles/built-in-roles';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { createTestUser, GOOD_PASSWORD, loginAs } from './testing/user-fixtures';

describe('users, roles and the forced password change', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let admin: string;
  const orgId = randomUUID();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    db = await createTestDatabase('gateway_users');
    transport = new InProcessTransport();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    admin = await adminToken(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  it('seeds the built-in roles with their permissions', async () => {
    const res = await gateway.http().get('/api/v1/roles').set(auth(admin)).expect(200);
    const byCode = new Map((res.body.items as { code: string; permissions: string[]; builtIn: boolean }[]).map((r) => [r.code, r]));
    for (const role of BUILT_IN_ROLES) {
      expect(byCode.get(role.code)).toMatchObject({ builtIn: true, permissions: [...role.permissions].sort() });
    }
    expect(byCode.get('inspection')?.permissions).toContain('audit:read');
    expect(byCode.get('finance')?.permissions).not.toContain('members:write');
  });

  it('gives a tài chính user finance:* in its home org subtree, and 403 on a members write route', async () => {
    const user = await createTestUser(gateway, admin, { username: 'taichinh', fullName: 'Lê Thị Tài Chính', roles: ['finance'], homeOrgId: orgId });
    const { accessToken } = await loginAs(gateway, user.username, user.password);
    const me = await gateway.http().get('/api/v1/me').set(auth(accessToken)).expect(200);
    expect(me.body).toMatchObject({ username: 'taichinh', roles: ['finance'], scopeOrgId: orgId, homeOrgId: orgId, mustChangePassword: false });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['finance:read', 'finance:write']));
    expect(me.body.permissions).not.toContain('members:write');
    const res = await gateway.http().post('/api/v1/orgs').set(auth(accessToken)).send({ name: 'X', shortName: 'X', kind: 'chi_bo' }).expect(403);
    expect(res.body.code).toBe('COMMON.FORBIDDEN');
    await gateway.http().get('/api/v1/users').set(auth(accessToken)).expect(403);
  });

  it('refuses weak passwords with a detail per broken rule, in Vietnamese and English', async () => {
    const body = { username: 'yeu', fullName: 'Mật Khẩu Yếu', homeOrgId: orgId, roles: ['member'], password: 'yeu12' };
    const vi = await gateway.http().post('/api/v1/users').set(auth(admin)).send(body).expect(422);
    expect(vi.body.code).toBe('AUTH.PASSWORD_TOO_WEAK');
    expect(vi.body.message).toBe('Mật khẩu chưa đủ mạnh.');
    expect(vi.body.details).toEqual(
      expect.arrayContaining([
        { field: 'password', code: 'minLength', message: 'password: phải có ít nhất 12 ký tự' },
        expect.objectContaining({ field: 'password', code: 'characterClasses' }),
      ]),
    );
    const en = await gateway.http().post('/api/v1/users').set(auth(admin)).set('Accept-Language', 'en').send({ ...body, password: 'password1234' });
    expect(en.status).toBe(422);
    expect(en.body.details).toEqual(expect.arrayContaining([{ field: 'password', code: 'notCommon', message: 'password: is too common and easily guessed' }]));
    const named = await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...body, username: 'nguyenvanan', password: 'Nguyenvanan-2026' });
    expect(named.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'notUsername' })]));
    // A long passphrase needs no mix of classes.
    await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...body, username: 'cumtu', password: 'đường về quê hương xa xôi lắm' }).expect(201);
  });

  it('forces the change of a generated password before anything but /me and /auth/*', async () => {
    const created = await gateway.http().post('/api/v1/users').set(auth(admin)).send({ username: 'moi', fullName: 'Người Mới', homeOrgId: null, roles: ['admin'] }).expect(201);
    const generated = created.body.generatedPassword as string;
    expect(created.body.user).toMatchObject({ username: 'moi', mustChangePassword: true, roles: ['admin'] });
    const { accessToken } = await loginAs(gateway, 'moi', generated);
    const blocked = await gateway.http().get('/api/v1/roles').set(auth(accessToken)).expect(403);
    expect(blocked.body).toMatchObject({ code: 'AUTH.PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('đổi mật khẩu') });
    expect((await gateway.http().get('/api/v1/me').set(auth(accessToken)).expect(200)).body.mustChangePassword).toBe(true);
    const wrong = await gateway.http().post('/api/v1/auth/change-password').set(auth(accessToken)).send({ currentPassword: 'sai', newPassword: GOOD_PASSWORD });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('AUTH.CURRENT_PASSWORD_WRONG');
    const weak = await gateway.http().post('/api/v1/auth/change-password').set(auth(accessToken)).send({ currentPassword: generated, newPassword: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.details[0].field).toBe('newPassword');
    const changed = await gateway.http().post('/api/v1/auth/change-password').set(auth(accessToken)).send({ currentPassword: generated, newPassword: GOOD_PASSWORD }).expect(200);
    expect(changed.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    await gateway.http().get('/api/v1/roles').set(auth(accessToken)).expect(200);
    await loginAs(gateway, 'moi', GOOD_PASSWORD);
  });

  it('creates, reads with an ETag, updates with If-Match, lists and searches without diacritics', async () => {
    const user = await createTestUser(gateway, admin, { username: 'vanthu', fullName: 'Trần Thị Văn Thư', roles: ['office'], homeOrgId: orgId });
    const got = await gateway.http().get(`/api/v1/users/${user.id}`).set(auth(admin)).expect(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body).toMatchObject({ username: 'vanthu', roles: ['office'], isActive: true, version: 1 });
    expect(JSON.stringify(got.body)).not.toMatch(/passwordHash|argon2/);
    await gateway.http().patch(`/api/v1/users/${user.id}`).set(auth(admin)).send({ fullName: 'X' }).expect(428);
    const patched = await gateway.http().patch(`/api/v1/users/${user.id}`).set(auth(admin)).set('If-Match', '"1"').send({ fullName: 'Trần Thị Đào', roles: ['office', 'secretary'] }).expect(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body).toMatchObject({ fullName: 'Trần Thị Đào', roles: ['office', 'secretary'] });
    const stale = await gateway.http().patch(`/api/v1/users/${user.id}`).set(auth(admin)).set('If-Match', '"1"').send({ fullName: 'Y' }).expect(412);
    expect(stale.body.code).toBe('USERS.VERSION_MISMATCH');
    const found = await gateway.http().get('/api/v1/users?q=tran thi dao').set(auth(admin)).expect(200);
    expect((found.body.items as { username: string }[]).map((u) => u.username)).toEqual(['vanthu']);
    const page1 = await gateway.http().get('/api/v1/users?limit=2').set(auth(admin)).expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await gateway.http().get(`/api/v1/users?limit=2&cursor=${page1.body.nextCursor}`).set(auth(admin)).expect(200);
    expect(page2.body.items[0].username > page1.body.items[1].username).toBe(true);
  });

  it('refuses bad input, unknown fields (mass assignment), unknown roles, taken usernames and unknown ids', async () => {
    const base = { username: 'hople', fullName: 'Hợp Lệ', homeOrgId: orgId, roles: ['member'], password: GOOD_PASSWORD };
    for (const extra of [{ id: randomUUID() }, { isActive: false }, { mustChangePassword: false }, { passwordHash: 'x' }, { version: 9 }]) {
      const res = await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...base, ...extra }).expect(400);
      expect(res.body.code).toBe('COMMON.VALIDATION_FAILED');
    }
    expect((await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...base, roles: ['vua'] }).expect(422)).body.code).toBe('USERS.ROLE_UNKNOWN');
    await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...base, homeOrgId: null }).expect(400);
    await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...base, username: 'có dấu' }).expect(400);
    await gateway.http().post('/api/v1/users').set(auth(admin)).send(base).expect(201);
    expect((await gateway.http().post('/api/v1/users').set(auth(admin)).send({ ...base, username: 'HoPle' }).expect(409)).body.code).toBe('USERS.USERNAME_TAKEN');
    expect((await gateway.http().get(`/api/v1/users/${randomUUID()}`).set(auth(admin)).expect(404)).body.code).toBe('USERS.USER_NOT_FOUND');
    await gateway.http().get('/api/v1/users/not-a-uuid').set(auth(admin)).expect(400);
    await gateway.http().get('/api/v1/users?cursor=%%%').set(auth(admin)).expect(400);
    await gateway.http().patch(`/api/v1/users/${randomUUID()}`).set(auth(admin)).set('If-Match', '"1"').send({ roles: ['member'], username: 'x' }).expect(400);
  });

  it('deactivation stops the access token at once and revokes the refresh tokens; reset forces a change', async () => {
    const user = await createTestUser(gateway, admin, { username: 'nghiviec', roles: ['member'], homeOrgId: orgId });
    const session = await loginAs(gateway, user.username, user.password);
    const reset = await gateway.http().post(`/api/v1/users/${user.id}/reset-password`).set(auth(admin)).send({}).expect(200);
    await gateway.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    const again = await loginAs(gateway, user.username, reset.body.generatedPassword as string);
    expect((await gateway.http().get('/api/v1/me').set(auth(again.accessToken)).expect(200)).body.mustChangePassword).toBe(true);
    const res = await gateway.http().post(`/api/v1/users/${user.id}/deactivate`).set(auth(admin)).expect(200);
    expect(res.body.isActive).toBe(false);
    await gateway.http().get('/api/v1/me').set(auth(again.accessToken)).expect(401);
    await gateway.http().post('/api/v1/auth/refresh').send({ refreshToken: again.refreshToken }).expect(401);
    await gateway.http().post('/api/v1/auth/login').send({ username: user.username, password: reset.body.generatedPassword }).expect(401);
  });
});
