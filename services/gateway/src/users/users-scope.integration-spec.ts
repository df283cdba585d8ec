import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, seedScopeTree, TEST_AUTH_CONTEXT_KEY, type ScopeTree, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createGatewayDataSource } from '../database/data-source';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { createTestUser, GOOD_PASSWORD, loginAs, type TestUser } from './testing/user-fixtures';

/**
 * An administrator of a subtree (unit-admin + tổ chức, home org A) against accounts homed in
 * A, in A's child A1, in the sibling B, and the system administrator (no home org).
 */
describe('users API scoped to the administrator’s subtree', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let admin: string;
  let tree: ScopeTree;
  let unitAdmin: string;
  let inA1: TestUser;
  let inB: TestUser;
  let secretaryInA: TestUser;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const http = () => gateway.http();

  beforeAll(async () => {
    db = await createTestDatabase('gateway_users_scope');
    transport = new InProcessTransport();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    dataSource = createGatewayDataSource(db.url);
    await dataSource.initialize();
    tree = await seedScopeTree(dataSource);
    admin = await adminToken(gateway);
    const quanTri = await createTestUser(gateway, admin, { username: 'quantri.a', roles: ['unit-admin', 'organization'], homeOrgId: tree.a });
    inA1 = await createTestUser(gateway, admin, { username: 'a1.tochuc', roles: ['organization'], homeOrgId: tree.a1 });
    inB = await createTestUser(gateway, admin, { username: 'b.tochuc', roles: ['organization'], homeOrgId: tree.b });
    secretaryInA = await createTestUser(gateway, admin, { username: 'a.bithu', roles: ['secretary'], homeOrgId: tree.a });
    unitAdmin = (await loginAs(gateway, quanTri.username, quanTri.password)).accessToken;
  });

  afterAll(async () => {
    await gateway?.close();
    await dataSource?.destroy();
    await transport?.close();
    await db?.drop();
  });

  it('lists only the accounts homed in its subtree; the system administrator sees all', async () => {
    const scoped = await http().get('/api/v1/users').set(as(unitAdmin)).expect(200);
    expect((scoped.body.items as { username: string }[]).map((u) => u.username)).toEqual(['a.bithu', 'a1.tochuc', 'quantri.a']);
    const all = await http().get('/api/v1/users').set(as(admin)).expect(200);
    expect((all.body.items as { username: string }[]).map((u) => u.username)).toEqual(['a.bithu', 'a1.tochuc', 'admin', 'b.tochuc', 'quantri.a']);
  });

  it('answers 404 for every read or write of an account outside its subtree (sibling, or the administrator)', async () => {
    const all = (await http().get('/api/v1/users?q=admin').set(as(admin)).expect(200)).body.items as { id: string; username: string }[];
    const adminId = all.find((u) => u.username === 'admin')?.id as string;
    for (const id of [inB.id, adminId]) {
      const get = await http().get(`/api/v1/users/${id}`).set(as(unitAdmin)).expect(404);
      expect(get.body.code).toBe('USERS.USER_NOT_FOUND');
      await http().patch(`/api/v1/users/${id}`).set(as(unitAdmin)).set('If-Match', '"1"').send({ fullName: 'Đổi Tên' }).expect(404);
      await http().post(`/api/v1/users/${id}/deactivate`).set(as(unitAdmin)).expect(404);
      await http().post(`/api/v1/users/${id}/reset-password`).set(as(unitAdmin)).send({}).expect(404);
    }
    const unchanged = await http().get(`/api/v1/users/${inB.id}`).set(as(admin)).expect(200);
    expect(unchanged.body).toMatchObject({ fullName: 'Cán bộ thử', isActive: true, version: 1 });
  });

  it('creates accounts only with a home org in its subtree (403 naming homeOrgId otherwise, null included)', async () => {
    const body = { username: 'moi.b', fullName: 'Người Mới', roles: ['organization'], password: GOOD_PASSWORD };
    const attempts = [tree.b, tree.r, randomUUID()].map((homeOrgId) => ({ ...body, homeOrgId })).concat({ ...body, roles: [], homeOrgId: null as unknown as string });
    for (const attempt of attempts) {
      const res = await http().post('/api/v1/users').set(as(unitAdmin)).send(attempt).expect(403);
      expect(res.body).toMatchObject({ code: 'COMMON.FORBIDDEN', details: [{ field: 'homeOrgId', code: 'outsideScope', message: expect.stringContaining('ngoài phạm vi') }] });
    }
    const ok = await http().post('/api/v1/users').set(as(unitAdmin)).send({ ...body, username: 'moi.a1', homeOrgId: tree.a1 }).expect(201);
    expect(ok.body.user).toMatchObject({ username: 'moi.a1', homeOrgId: tree.a1, roles: ['organization'] });
  });

  it('cannot grant a role carrying a permission it does not hold (403 naming roles), in vi and en', async () => {
    const body = { username: 'tham.quyen', fullName: 'Vượt Quyền', homeOrgId: tree.a1, password: GOOD_PASSWORD };
    for (const roles of [['finance'], ['admin'], ['secretary'], ['organization', 'inspection']]) {
      const res = await http().post('/api/v1/users').set(as(unitAdmin)).send({ ...body, roles }).expect(403);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'roles', code: 'permissionNotHeld' })]);
    }
    const en = await http().post('/api/v1/users').set(as(unitAdmin)).set('Accept-Language', 'en').send({ ...body, roles: ['finance'] }).expect(403);
    expect(en.body.details[0].message).toBe('roles: you do not hold finance:read, finance:write yourself');
    const listed = await http().get('/api/v1/users?q=tham').set(as(admin)).expect(200);
    expect(listed.body.items).toEqual([]);
  });

  it('edits an account of its subtree, but not into another subtree nor with roles it does not hold', async () => {
    const current = await http().get(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).expect(200);
    const etag = current.headers['etag'];
    const moved = await http().patch(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).set('If-Match', etag).send({ homeOrgId: tree.b }).expect(403);
    expect(moved.body.details[0]).toMatchObject({ field: 'homeOrgId', code: 'outsideScope' });
    const promoted = await http().patch(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).set('If-Match', etag).send({ roles: ['organization', 'finance'] }).expect(403);
    expect(promoted.body.details[0]).toMatchObject({ field: 'roles', code: 'permissionNotHeld' });
    const renamed = await http().patch(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).set('If-Match', etag).send({ fullName: 'Trần Thị Tổ Chức' }).expect(200);
    expect(renamed.body).toMatchObject({ fullName: 'Trần Thị Tổ Chức', homeOrgId: tree.a1, roles: ['organization'] });
  });

  it('cannot reset, deactivate or change the roles of a more powerful account in its subtree (403)', async () => {
    const reset = await http().post(`/api/v1/users/${secretaryInA.id}/reset-password`).set(as(unitAdmin)).send({}).expect(403);
    expect(reset.body.details[0]).toMatchObject({ field: 'id', code: 'morePowerfulAccount' });
    await http().post(`/api/v1/users/${secretaryInA.id}/deactivate`).set(as(unitAdmin)).expect(403);
    await http().patch(`/api/v1/users/${secretaryInA.id}`).set(as(unitAdmin)).set('If-Match', '"1"').send({ roles: ['member'] }).expect(403);
    // The secretary can still sign in with the same password: nothing was applied.
    await loginAs(gateway, secretaryInA.username, secretaryInA.password);
  });

  describe('mass assignment: unknown or privileged fields are refused, never applied', () => {
    it.each([
      ['id', randomUUID()],
      ['passwordHash', '$argon2id$v=19$m=19456,t=2,p=1$xxxx$yyyy'],
      ['ownerOrgId', randomUUID()],
      ['isActive', false],
      ['mustChangePassword', false],
      ['version', 99],
      ['scopeOrgId', null],
      ['permissions', ['admin:users']],
    ])('POST /users with %s → 400 naming it', async (field, value) => {
      const res = await http()
        .post('/api/v1/users')
        .set(as(unitAdmin))
        .send({ username: `gan.${field.toLowerCase()}`, fullName: 'Gán Trường', homeOrgId: tree.a1, roles: ['organization'], password: GOOD_PASSWORD, [field]: value })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [expect.objectContaining({ field })] });
      const found = await http().get(`/api/v1/users?q=gan.${field.toLowerCase()}`).set(as(admin)).expect(200);
      expect(found.body.items).toEqual([]);
    });

    it.each([
      ['id', randomUUID()],
      ['username', 'doi.ten.dang.nhap'],
      ['passwordHash', 'x'],
      ['ownerOrgId', randomUUID()],
      ['isActive', false],
      ['version', 1],
    ])('PATCH /users/:id with %s → 400 naming it, the account unchanged', async (field, value) => {
      const before = await http().get(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).expect(200);
      const res = await http()
        .patch(`/api/v1/users/${inA1.id}`)
        .set(as(unitAdmin))
        .set('If-Match', before.headers['etag'])
        .send({ fullName: 'Không Được Đổi', [field]: value })
        .expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field })]);
      const after = await http().get(`/api/v1/users/${inA1.id}`).set(as(unitAdmin)).expect(200);
      expect(after.body).toEqual(before.body);
    });
  });
});
