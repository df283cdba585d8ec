import { SUBJECTS } from '@lienthong/contracts';
import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';

describe('/api/v1/orgs', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_orgs');
    transport = new InProcessTransport();
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    token = await adminToken(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  const api = () => gateway.http();
  const auth = () => ({ Authorization: `Bearer ${token}` });

  /** Each test makes its own tree, under its own root with a unique short name. */
  async function createOrg(parentId: string | null, name: string, shortName: string, kind = 'dang-bo-co-so') {
    const res = await api().post('/api/v1/orgs').set(auth()).send({ parentId, name, shortName, kind, validFrom: '2025-01-24' }).expect(201);
    return res.body as { id: string; version: number; name: string; shortName: string };
  }
  const uniqueShort = () => `T${randomUUID().slice(0, 8).toUpperCase()}`;

  it('creates an org: 201, Location, ETag, the org as the service answered', async () => {
    const res = await api()
      .post('/api/v1/orgs')
      .set(auth())
      .send({ parentId: null, name: '  Đảng bộ Khối các cơ quan Trung ương ', shortName: uniqueShort(), kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' })
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/orgs/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ parentId: null, name: 'Đảng bộ Khối các cơ quan Trung ương', status: 'active', version: 1, depth: 0 });
    // The service got a contract-valid payload and a signed context naming the user, scoped to the whole tree.
    const call = members.lastCall(SUBJECTS.members.orgCreate)!;
    expect(call.context.auth).toMatchObject({ actor: { type: 'user', name: 'Quản trị hệ thống' }, scopeOrgId: null, roles: ['admin'] });
    expect(call.context.correlationId).toBe(res.headers['x-correlation-id']);
    expect(call.context.language).toBe('vi');
  });

  it('reads one org with its version as the ETag', async () => {
    const org = await createOrg(null, 'Đảng bộ Tỉnh Thử nghiệm', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const res = await api().get(`/api/v1/orgs/${org.id}`).set(auth()).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ id: org.id, name: 'Đảng bộ Tỉnh Thử nghiệm', ancestorIds: [] });
    const unchanged = await api().get(`/api/v1/orgs/${org.id}`).set(auth()).set('If-None-Match', 'W/"1"').expect(304);
    expect(unchanged.text).toBe('');
    await api().get(`/api/v1/orgs/${org.id}`).set(auth()).set('If-None-Match', '"0"').expect(200);
  });

  it('answers 404 for an org that does not exist', async () => {
    const res = await api().get(`/api/v1/orgs/${randomUUID()}`).set(auth()).expect(404);
    expect(res.body.code).toBe('MEMBERS.ORG_NOT_FOUND');
  });

  it('lists children a page at a time, and roots without parentId', async () => {
    const root = await createOrg(null, 'Đảng bộ Phân trang', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    for (const n of ['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3']) await createOrg(root.id, n, uniqueShort(), 'chi-bo-co-so');
    const first = await api().get(`/api/v1/orgs?parentId=${root.id}&limit=2`).set(auth()).expect(200);
    expect((first.body.items as { name: string }[]).map((o) => o.name)).toEqual(['Chi bộ 1', 'Chi bộ 2']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api().get(`/api/v1/orgs/${root.id}/children?limit=2&cursor=${first.body.nextCursor}`).set(auth()).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ name: 'Chi bộ 3' })], nextCursor: null });
    const roots = await api().get('/api/v1/orgs').set(auth()).expect(200);
    expect((roots.body.items as { id: string }[]).map((o) => o.id)).toContain(root.id);
    expect(members.lastCall(SUBJECTS.members.orgListChildren)?.payload).toEqual({ parentId: null, limit: 50 });
  });

  it('searches by name without diacritics, inside a subtree', async () => {
    const root = await createOrg(null, 'Đảng bộ Tìm kiếm', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const cell = await createOrg(root.id, 'Chi bộ Phòng Tổ chức', uniqueShort(), 'chi-bo-co-so');
    const res = await api().get(`/api/v1/orgs/search?q=${encodeURIComponent('phong to chuc')}&withinOrgId=${root.id}`).set(auth()).expect(200);
    expect(res.body).toEqual({ items: [expect.objectContaining({ id: cell.id })], nextCursor: null });
    await api().get('/api/v1/orgs/search').set(auth()).expect(400);
  });

  it('lists ancestors from the root down', async () => {
    const root = await createOrg(null, 'Đảng bộ Gốc', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const mid = await createOrg(root.id, 'Đảng bộ Giữa', uniqueShort());
    const leaf = await createOrg(mid.id, 'Chi bộ Lá', uniqueShort(), 'chi-bo-truc-thuoc');
    const res = await api().get(`/api/v1/orgs/${leaf.id}/ancestors`).set(auth()).expect(200);
    expect((res.body.items as { id: string }[]).map((o) => o.id)).toEqual([root.id, mid.id]);
  });

  it('renames with If-Match, answering the new ETag; a second write with the old one is 412', async () => {
    const org = await createOrg(null, 'Đảng bộ Cũ', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const renamed = await api().patch(`/api/v1/orgs/${org.id}`).set(auth()).set('If-Match', '"1"').send({ name: 'Đảng bộ Mới' }).expect(200);
    expect(renamed.headers.etag).toBe('"2"');
    expect(renamed.body).toMatchObject({ name: 'Đảng bộ Mới', version: 2 });
    expect(members.lastCall(SUBJECTS.members.orgUpdate)?.payload).toEqual({ id: org.id, expectedVersion: 1, name: 'Đảng bộ Mới' });
    const stale = await api().patch(`/api/v1/orgs/${org.id}`).set(auth()).set('If-Match', '"1"').send({ name: 'Đảng bộ Khác' }).expect(412);
    expect(stale.body.code).toBe('MEMBERS.ORG_VERSION_MISMATCH');
  });

  it('answers a taken short name with 409', async () => {
    const root = await createOrg(null, 'Đảng bộ Trùng tên', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const short = uniqueShort();
    await createOrg(root.id, 'Chi bộ A', short, 'chi-bo-co-so');
    const res = await api()
      .post('/api/v1/orgs')
      .set(auth())
      .send({ parentId: root.id, name: 'Chi bộ B', shortName: short, kind: 'chi-bo-co-so', validFrom: '2025-01-24' })
      .expect(409);
    expect(res.body.code).toBe('MEMBERS.ORG_SHORT_NAME_TAKEN');
  });

  it('moves an org under another parent with If-Match, and refuses a cycle with 422', async () => {
    const root = await createOrg(null, 'Đảng bộ Chuyển', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const a = await createOrg(root.id, 'Đảng bộ A', uniqueShort());
    const b = await createOrg(root.id, 'Đảng bộ B', uniqueShort());
    await api().post(`/api/v1/orgs/${b.id}/move`).set(auth()).send({ newParentId: a.id }).expect(428);
    const moved = await api().post(`/api/v1/orgs/${b.id}/move`).set(auth()).set('If-Match', '"1"').send({ newParentId: a.id }).expect(200);
    expect(moved.headers.etag).toBe('"2"');
    expect(moved.body).toMatchObject({ parentId: a.id, ancestorIds: [root.id, a.id], depth: 2 });
    const cycle = await api().post(`/api/v1/orgs/${root.id}/move`).set(auth()).set('If-Match', '"1"').send({ newParentId: b.id }).expect(422);
    expect(cycle.body.code).toBe('MEMBERS.ORG_MOVE_CYCLE');
  });

  it('closes an org with If-Match; changing it afterwards is 409', async () => {
    const org = await createOrg(null, 'Đảng bộ Giải thể', uniqueShort(), 'dang-bo-truc-thuoc-tw');
    const closed = await api()
      .post(`/api/v1/orgs/${org.id}/close`)
      .set(auth())
      .set('If-Match', '"1"')
      .send({ validTo: '2026-12-31', reason: 'Hợp nhất theo Quyết định số 12-QĐ/TW' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', validTo: '2026-12-31', closeReason: 'Hợp nhất theo Quyết định số 12-QĐ/TW', version: 2 });
    const res = await api().patch(`/api/v1/orgs/${org.id}`).set(auth()).set('If-Match', '"2"').send({ name: 'Đảng bộ Hồi sinh' }).expect(409);
    expect(res.body.code).toBe('MEMBERS.ORG_CLOSED');
    await api().post(`/api/v1/orgs/${org.id}/close`).set(auth()).set('If-Match', '"2"').send({ validTo: '2026-02-30' }).expect(400);
  });

  it('answers a parent that does not exist with 422', async () => {
    const res = await api()
      .post('/api/v1/orgs')
      .set(auth())
      .send({ parentId: randomUUID(), name: 'Chi bộ Mồ côi', shortName: uniqueShort(), kind: 'chi-bo-co-so', validFrom: '2025-01-24' })
      .expect(422);
    expect(res.body.code).toBe('MEMBERS.ORG_PARENT_NOT_FOUND');
  });

  it('requires parentId to be given, null for a root', async () => {
    const res = await api().post('/api/v1/orgs').set(auth()).send({ name: 'Đảng bộ Thiếu cha', shortName: uniqueShort(), kind: 'dang-bo-co-so', validFrom: '2025-01-24' }).expect(400);
    expect(res.body.details).toEqual([{ field: 'parentId', code: 'isDefined', message: 'parentId: là bắt buộc' }]);
  });
});
