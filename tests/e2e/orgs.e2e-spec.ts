import { bearer, E2E_ADMIN_PASSWORD, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

interface OrgBody {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  kind: string;
  status: string;
  ancestorIds: string[];
  depth: number;
  version: number;
}

describe('orgs through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let auth: Record<string, string>;

  beforeAll(async () => {
    e2e = await startE2eSystem('orgs');
    auth = bearer(e2e.token);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  async function createOrg(body: Record<string, unknown>): Promise<OrgBody> {
    const res = await e2e.http().post('/api/v1/orgs').set(auth).send(body).expect(201);
    expect(res.headers['etag']).toBe(`"${(res.body as OrgBody).version}"`);
    expect(res.headers['location']).toBe(`/api/v1/orgs/${(res.body as OrgBody).id}`);
    return res.body as OrgBody;
  }

  describe('login', () => {
    it('refuses a wrong password with 401 AUTH.INVALID_CREDENTIALS', async () => {
      const res = await e2e.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'sai-mật-khẩu' }).expect(401);
      expectEnvelope(res.body, 'AUTH.INVALID_CREDENTIALS');
    });

    it('gives the admin a bearer token', async () => {
      const res = await e2e.http().post('/api/v1/auth/login').send({ username: 'admin', password: E2E_ADMIN_PASSWORD }).expect(200);
      expect(res.body).toEqual(expect.objectContaining({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: expect.any(Number) }));
    });

    it('answers 401 COMMON.UNAUTHENTICATED without a token', async () => {
      const res = await e2e.http().get('/api/v1/orgs').expect(401);
      expectEnvelope(res.body, 'COMMON.UNAUTHENTICATED');
    });
  });

  describe('create, read, update, move, search', () => {
    let root: OrgBody;
    let vanPhong: OrgBody;
    let soTaiChinh: OrgBody;
    let chiBo: OrgBody;

    beforeAll(async () => {
      root = await createOrg({
        parentId: null,
        name: 'Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh',
        shortName: 'ĐBKHT',
        kind: 'dang-bo-truc-thuoc-tw',
        validFrom: '2025-02-03',
      });
      vanPhong = await createOrg({
        parentId: root.id,
        name: 'Đảng bộ Văn phòng Tỉnh ủy',
        shortName: 'VPTU',
        kind: 'dang-bo-co-so',
        validFrom: '2025-02-03',
      });
      soTaiChinh = await createOrg({
        parentId: root.id,
        name: 'Đảng bộ Sở Tài chính',
        shortName: 'STC',
        kind: 'dang-bo-co-so',
        validFrom: '2025-02-03',
      });
      chiBo = await createOrg({
        parentId: vanPhong.id,
        name: 'Chi bộ Phòng Hành chính',
        shortName: 'PHC',
        kind: 'chi-bo-truc-thuoc',
        validFrom: '2025-03-01',
      });
    });

    it('creates the tree with ancestors and depth', () => {
      expect(root).toMatchObject({ parentId: null, depth: 0, ancestorIds: [], status: 'active', version: 1 });
      expect(chiBo).toMatchObject({ parentId: vanPhong.id, depth: 2, ancestorIds: [root.id, vanPhong.id] });
    });

    it('reads one org with its version as ETag', async () => {
      const res = await e2e.http().get(`/api/v1/orgs/${vanPhong.id}`).set(auth).expect(200);
      expect(res.headers['etag']).toBe('"1"');
      expect(res.body).toMatchObject({ id: vanPhong.id, name: 'Đảng bộ Văn phòng Tỉnh ủy', shortName: 'VPTU' });
    });

    it('lists the children of an org', async () => {
      const res = await e2e.http().get(`/api/v1/orgs/${root.id}/children`).set(auth).expect(200);
      const names = (res.body as { items: OrgBody[] }).items.map((o) => o.name).sort();
      expect(names).toEqual(['Đảng bộ Sở Tài chính', 'Đảng bộ Văn phòng Tỉnh ủy']);
    });

    it('finds an org by words typed without diacritics', async () => {
      const res = await e2e.http().get('/api/v1/orgs/search').query({ q: 'dang bo van phong' }).set(auth).expect(200);
      const found = (res.body as { items: OrgBody[] }).items;
      expect(found.map((o) => o.id)).toContain(vanPhong.id);
      expect(found.map((o) => o.id)).not.toContain(soTaiChinh.id);
    });

    it('renames with the right If-Match and bumps the version', async () => {
      const res = await e2e
        .http()
        .patch(`/api/v1/orgs/${soTaiChinh.id}`)
        .set(auth)
        .set('If-Match', '"1"')
        .send({ name: 'Đảng bộ Sở Tài chính tỉnh Hà Tĩnh' })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Đảng bộ Sở Tài chính tỉnh Hà Tĩnh', version: 2 });
      expect(res.headers['etag']).toBe('"2"');
      soTaiChinh = res.body as OrgBody;
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const res = await e2e.http().patch(`/api/v1/orgs/${soTaiChinh.id}`).set(auth).set('If-Match', '"1"').send({ name: 'Tên cũ' }).expect(412);
      expectEnvelope(res.body, 'MEMBERS.ORG_VERSION_MISMATCH');
      const now = await e2e.http().get(`/api/v1/orgs/${soTaiChinh.id}`).set(auth).expect(200);
      expect(now.body).toMatchObject({ name: 'Đảng bộ Sở Tài chính tỉnh Hà Tĩnh', version: 2 });
    });

    it('asks for If-Match with 428 when it is missing', async () => {
      const res = await e2e.http().patch(`/api/v1/orgs/${soTaiChinh.id}`).set(auth).send({ name: 'Không có ETag' }).expect(428);
      expectEnvelope(res.body, 'COMMON.PRECONDITION_REQUIRED');
    });

    it('moves a chi bộ under another đảng bộ cơ sở', async () => {
      const res = await e2e
        .http()
        .post(`/api/v1/orgs/${chiBo.id}/move`)
        .set(auth)
        .set('If-Match', `"${chiBo.version}"`)
        .send({ newParentId: soTaiChinh.id })
        .expect(200);
      expect(res.body).toMatchObject({ id: chiBo.id, parentId: soTaiChinh.id, ancestorIds: [root.id, soTaiChinh.id], depth: 2 });
      const children = await e2e.http().get(`/api/v1/orgs/${vanPhong.id}/children`).set(auth).expect(200);
      expect((children.body as { items: OrgBody[] }).items).toEqual([]);
    });

    it('refuses to move an org under its own descendant with 422 MEMBERS.ORG_MOVE_CYCLE', async () => {
      const current = await e2e.http().get(`/api/v1/orgs/${root.id}`).set(auth).expect(200);
      const res = await e2e
        .http()
        .post(`/api/v1/orgs/${root.id}/move`)
        .set(auth)
        .set('If-Match', String(current.headers['etag']))
        .send({ newParentId: soTaiChinh.id })
        .expect(422);
      expectEnvelope(res.body, 'MEMBERS.ORG_MOVE_CYCLE');
    });
  });

  describe('bad requests', () => {
    it('answers 400 COMMON.VALIDATION_FAILED with field details', async () => {
      const res = await e2e.http().post('/api/v1/orgs').set(auth).send({ parentId: 'không-phải-uuid', name: 'X', shortName: 'A B', kind: 'khong-co', validFrom: '2025-02-30' }).expect(400);
      const envelope = expectEnvelope(res.body, 'COMMON.VALIDATION_FAILED');
      const fields = new Set((envelope.details ?? []).map((d) => d.field));
      expect([...fields].sort()).toEqual(['kind', 'name', 'parentId', 'shortName', 'validFrom']);
      for (const detail of envelope.details ?? []) expect(detail).toEqual({ field: expect.any(String), code: expect.any(String), message: expect.any(String) });
    });

    it('refuses unknown fields with 400', async () => {
      const res = await e2e.http().post('/api/v1/orgs').set(auth).send({ parentId: null, name: 'Đảng bộ Thử', shortName: 'ĐBT', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-02-03', isAdmin: true }).expect(400);
      const envelope = expectEnvelope(res.body, 'COMMON.VALIDATION_FAILED');
      expect((envelope.details ?? []).map((d) => d.field)).toEqual(['isAdmin']);
    });

    it('answers 400 COMMON.MALFORMED_REQUEST to malformed JSON', async () => {
      const res = await e2e.http().post('/api/v1/orgs').set(auth).set('Content-Type', 'application/json').send('{"name": "Đảng bộ",').expect(400);
      const envelope = expectEnvelope(res.body, 'COMMON.MALFORMED_REQUEST');
      expect(envelope.details).toBeUndefined();
    });

    it('answers 413 COMMON.PAYLOAD_TOO_LARGE to an oversized body', async () => {
      const res = await e2e.http().post('/api/v1/orgs').set(auth).set('Content-Type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(300 * 1024) })).expect(413);
      expectEnvelope(res.body, 'COMMON.PAYLOAD_TOO_LARGE');
    });

    it('answers 415 COMMON.UNSUPPORTED_MEDIA_TYPE to a form post', async () => {
      const res = await e2e.http().post('/api/v1/orgs').set(auth).set('Content-Type', 'application/x-www-form-urlencoded').send('name=Chi+bo').expect(415);
      expectEnvelope(res.body, 'COMMON.UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers 404 COMMON.ROUTE_NOT_FOUND with the envelope for an unknown route', async () => {
      const res = await e2e.http().get('/api/v1/khong-co-duong-nay').set(auth).expect(404);
      expectEnvelope(res.body, 'COMMON.ROUTE_NOT_FOUND');
    });

    it('answers 404 MEMBERS.ORG_NOT_FOUND for an org that does not exist', async () => {
      const res = await e2e.http().get('/api/v1/orgs/0195f3a0-0000-7000-8000-000000000000').set(auth).expect(404);
      expectEnvelope(res.body, 'MEMBERS.ORG_NOT_FOUND');
    });
  });
});
