import { DATA_SOURCE } from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

interface OrgBody {
  id: string;
  name: string;
}

/**
 * A subordinate committee's system, as it would run against the whole system (real members
 * service, over NATS when the run has one): client credentials, its subtree and nothing
 * else, idempotent retries and its own externalIds.
 */
describe('an API client of a subordinate committee (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let province: OrgBody;
  let chiBo: OrgBody;
  let sibling: OrgBody;
  let client: { id: string; clientId: string; clientSecret: string };
  let token: Record<string, string>;

  async function createOrg(as: Record<string, string>, body: Record<string, unknown>, key?: string) {
    const req = e2e.http().post('/api/v1/orgs').set(as);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  }

  beforeAll(async () => {
    e2e = await startE2eSystem('api-clients');
    admin = bearer(e2e.token);
    const root = (await createOrg(admin, { parentId: null, name: 'Đảng bộ Tỉnh Bắc Ninh', shortName: 'ĐBTBN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-02-03' })).body as OrgBody;
    province = (await createOrg(admin, { parentId: root.id, name: 'Đảng bộ Sở Nội vụ', shortName: 'SNV', kind: 'dang-bo-co-so', validFrom: '2025-02-03' })).body as OrgBody;
    sibling = (await createOrg(admin, { parentId: root.id, name: 'Đảng bộ Sở Y tế', shortName: 'SYT', kind: 'dang-bo-co-so', validFrom: '2025-02-03' })).body as OrgBody;
    chiBo = (await createOrg(admin, { parentId: province.id, name: 'Chi bộ Phòng Tổ chức', shortName: 'PTC', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' })).body as OrgBody;
    const registered = await e2e
      .http()
      .post('/api/v1/api-clients')
      .set(admin)
      .send({ name: 'Phần mềm quản lý đảng viên Sở Nội vụ', orgId: province.id, permissions: ['members:read', 'members:write'] })
      .expect(201);
    client = { ...(registered.body as { client: { id: string; clientId: string } }).client, clientSecret: (registered.body as { clientSecret: string }).clientSecret };
    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
    const issued = await e2e.http().post('/api/v1/auth/token').set('Authorization', `Basic ${basic}`).type('form').send('grant_type=client_credentials').expect(200);
    token = bearer((issued.body as { access_token: string }).access_token);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('reads within its subtree and is told nothing exists outside it (404)', async () => {
    await e2e.http().get(`/api/v1/orgs/${province.id}`).set(token).expect(200);
    await e2e.http().get(`/api/v1/orgs/${chiBo.id}`).set(token).expect(200);
    expectEnvelope((await e2e.http().get(`/api/v1/orgs/${sibling.id}`).set(token).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    const outside = await createOrg(token, { parentId: sibling.id, name: 'Chi bộ lạ', shortName: 'CBL', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
    expect(outside.status).toBe(422);
    expectEnvelope(outside.body, 'MEMBERS.ORG_PARENT_NOT_FOUND');
  });

  it('creates with an Idempotency-Key and an externalId: a retry replays, one record, found by its externalId', async () => {
    const key = randomUUID();
    const body = { parentId: province.id, name: 'Chi bộ Phòng Công chức', shortName: 'PCC', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01', externalId: 'SNV-CB-017' };
    const first = await createOrg(token, body, key);
    expect(first.status).toBe(201);
    const retry = await createOrg(token, body, key);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const found = await e2e.http().get('/api/v1/orgs/by-external-id/SNV-CB-017').set(token).expect(200);
    expect(found.body).toMatchObject({ id: (first.body as OrgBody).id, name: 'Chi bộ Phòng Công chức' });
    const children = await e2e.http().get(`/api/v1/orgs/${province.id}/children`).set(token).expect(200);
    expect((children.body as { items: OrgBody[] }).items.filter((o) => o.name === 'Chi bộ Phòng Công chức')).toHaveLength(1);
    expectEnvelope((await createOrg(token, { ...body, name: 'Chi bộ khác' }, key)).body, 'IDEMPOTENCY.KEY_REUSED');
  });

  it('is registered by a scoped administrator only for orgs within its own subtree (404 outside)', async () => {
    const gatewayDb = e2e.system.gateway.app.get<DataSource>(DATA_SOURCE);
    await gatewayDb.query(`INSERT INTO role (code, name_vi, name_en, clearance) VALUES ('integration-admin', 'Quản trị tích hợp', 'Integration admin', 0)`);
    await gatewayDb.query(`INSERT INTO role_permission (role_code, permission) VALUES ('integration-admin', 'admin:clients'), ('integration-admin', 'members:read')`);
    const password = 'Quản-trị-tích-hợp-2026!';
    await e2e
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ username: 'qttichhop', fullName: 'Trần Văn Tích Hợp', homeOrgId: province.id, roles: ['integration-admin'], password })
      .expect(201);
    const login = await e2e.http().post('/api/v1/auth/login').send({ username: 'qttichhop', password }).expect(200);
    const scoped = bearer((login.body as { accessToken: string }).accessToken);
    const register = (orgId: string) => e2e.http().post('/api/v1/api-clients').set(scoped).send({ name: 'Hệ thống chi bộ', orgId, permissions: ['members:read'] });
    expectEnvelope((await register(sibling.id).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    await register(chiBo.id).expect(201);
  });

  it('is cut off when revoked', async () => {
    await e2e.http().post(`/api/v1/api-clients/${client.id}/revoke`).set(admin).expect(200);
    expectEnvelope((await e2e.http().get(`/api/v1/orgs/${province.id}`).set(token).expect(401)).body, 'AUTH.TOKEN_INVALID');
    const again = await e2e
      .http()
      .post('/api/v1/auth/token')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })
      .expect(401);
    expectEnvelope(again.body, 'AUTH.CLIENT_INVALID');
  });
});
