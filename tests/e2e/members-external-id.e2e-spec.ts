import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries } from './support/audit-trail';

/** POST /members with the caller's own externalId and GET /members/by-external-id/{externalId}, over the real members service. */
describe('member records by externalId through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let chiBo: string;
  let n = 0;

  const api = () => e2e.http();
  const memberBody = (extra: Record<string, unknown> = {}) => {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    return {
      orgId: chiBo,
      fullName: 'Hoàng Thị Lan',
      sex: 'female',
      dateOfBirth: '1988-04-02',
      citizenId: `0020${tail.padStart(8, '0')}`,
      status: 'official',
      periods: [{ admissionDecisionDate: '2012-05-15', ceremonyDate: '2012-06-01', recognitionDate: '2013-06-01' }],
      cards: [{ cardNumber: tail.padStart(8, '0').slice(-8), issuedOn: '2014-03-03' }],
      ...extra,
    };
  };
  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId, name, shortName: `X${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function officer(homeOrgId: string): Promise<Record<string, string>> {
    const username = `x${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Thử', homeOrgId, roles: ['organization'], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }

  beforeAll(async () => {
    e2e = await startE2eSystem('members-xid');
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Tỉnh Thử nghiệm', 'dang-bo-truc-thuoc-tw');
    const coSo = await org(root, 'Đảng bộ Sở Nội vụ', 'dang-bo-co-so');
    chiBo = await org(coSo, 'Chi bộ Phòng Tổ chức', 'chi-bo-truc-thuoc');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('maps the externalId to the new record and finds it by it, with its ETag; unique per caller', async () => {
    const created = await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0001' })).expect(201);
    const found = await api().get('/api/v1/members/by-external-id/HRM-DV-0001').set(admin).expect(200);
    expect(found.body.id).toBe(created.body.id);
    expect(found.body).toEqual((await api().get(`/api/v1/members/${created.body.id}`).set(admin).expect(200)).body);
    expect(found.body).not.toHaveProperty('externalId');
    expect(found.headers.etag).toBe('"1"');
    expectEnvelope((await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0001' })).expect(409)).body, 'EXTERNAL_REFS.EXTERNAL_ID_TAKEN');
    // Another account's id space: the admin's mapping is invisible to it.
    const other = await officer(chiBo);
    expectEnvelope((await api().get('/api/v1/members/by-external-id/HRM-DV-0001').set(other).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
  });

  it('frees the externalId when the create is refused (invalid body, a citizen ID already used)', async () => {
    const first = await api().post('/api/v1/members').set(admin).send(memberBody()).expect(201);
    await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0002', dateOfBirth: '1988-02-30' })).expect(400);
    const taken = await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0002', citizenId: first.body.citizenId })).expect(409);
    expectEnvelope(taken.body, 'MEMBERS.CITIZEN_ID_TAKEN');
    await api().get('/api/v1/members/by-external-id/HRM-DV-0002').set(admin).expect(404);
    const created = await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0002' })).expect(201);
    expect((await api().get('/api/v1/members/by-external-id/HRM-DV-0002').set(admin).expect(200)).body.id).toBe(created.body.id);
  });

  it('refuses a bad externalId with 400 at its field, answers 404 for an unknown one and 401 without a token', async () => {
    for (const externalId of ['', 'x'.repeat(256), ' lề', 42]) {
      const res = await api().post('/api/v1/members').set(admin).send(memberBody({ externalId })).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'externalId' })]);
    }
    expectEnvelope((await api().get('/api/v1/members/by-external-id/kh%C3%B4ng-c%C3%B3').set(admin).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    await api().get('/api/v1/members/by-external-id/x').expect(401);
  });

  it('audits the read like GET /members/{id}, with the record as target', async () => {
    const created = await api().post('/api/v1/members').set(admin).send(memberBody({ externalId: 'HRM-DV-0003' })).expect(201);
    await api().get('/api/v1/members/by-external-id/HRM-DV-0003').set(admin).expect(200);
    const found = await auditEntries(e2e, admin, 'members.record.read', (created.body as { id: string }).id);
    expect(found).toHaveLength(1);
  });
});
