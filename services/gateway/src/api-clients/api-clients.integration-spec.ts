import { SUBJECTS } from '@lienthong/contracts';
import { DATA_SOURCE, type RpcTransport } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { createTestUser, loginAs } from '../users/testing/user-fixtures';
import { clientAccessToken, registerApiClient, type RegisteredClient } from './testing/api-client-fixtures';

describe('API clients and POST /auth/token (client credentials)', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let dataSource: DataSource;
  let admin: string;
  let province: { id: string };
  let sibling: { id: string };
  const http = () => gateway.http();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const short = () => `C${randomUUID().slice(0, 8).toUpperCase()}`;

  async function createOrg(parentId: string | null, name: string): Promise<{ id: string }> {
    const res = await http()
      .post('/api/v1/orgs')
      .set(bearer(admin))
      .send({ parentId, name, shortName: short(), kind: parentId ? 'dang-bo-co-so' : 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' })
      .expect(201);
    return res.body as { id: string };
  }

  beforeAll(async () => {
    db = await createTestDatabase('gateway_api_clients');
    transport = await createTestTransport();
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    dataSource = gateway.app.get<DataSource>(DATA_SOURCE);
    admin = await adminToken(gateway);
    const root = await createOrg(null, 'Đảng bộ Tỉnh Thử nghiệm');
    province = await createOrg(root.id, 'Đảng bộ Sở Tài chính');
    sibling = await createOrg(root.id, 'Đảng bộ Sở Y tế');
  });

  afterAll(async () => {
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  describe('registration', () => {
    it('registers a client: 201, Location, the secret once, only its SHA-256 stored', async () => {
      const res = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin))
        .send({ name: '  Phần mềm Đảng viên Sở Tài chính ', orgId: province.id, permissions: ['members:write', 'members:read'] })
        .expect(201);
      const { client, clientSecret } = res.body as { client: { id: string; clientId: string }; clientSecret: string };
      expect(res.headers.location).toBe(`/api/v1/api-clients/${client.id}`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(client).toMatchObject({ name: 'Phần mềm Đảng viên Sở Tài chính', orgId: province.id, permissions: ['members:read', 'members:write'], status: 'active' });
      expect(client.clientId).toMatch(/^ltc_[A-Za-z0-9_-]{22}$/);
      expect(clientSecret).toMatch(/^lts_[A-Za-z0-9_-]{43}$/);
      const stored: { secret_sha256: Buffer }[] = await dataSource.query('SELECT secret_sha256 FROM api_client_secret WHERE api_client_id = $1', [client.id]);
      expect(stored).toEqual([{ secret_sha256: createHash('sha256').update(clientSecret).digest() }]);
      const read = await http().get(`/api/v1/api-clients/${client.id}`).set(bearer(admin)).expect(200);
      expect(read.headers.etag).toBe('"1"');
      expect(JSON.stringify(read.body)).not.toContain(clientSecret);
    });

    it('refuses administrative or unknown permissions, a past expiry and an org it cannot see', async () => {
      const base = { name: 'Hệ thống cấp dưới', orgId: province.id };
      const adminPerm = await http().post('/api/v1/api-clients').set(bearer(admin)).send({ ...base, permissions: ['members:read', 'admin:users'] }).expect(422);
      expect(adminPerm.body).toMatchObject({ code: 'API_CLIENTS.PERMISSION_NOT_GRANTABLE', details: [expect.objectContaining({ field: 'permissions' })] });
      const unknown = await http().post('/api/v1/api-clients').set(bearer(admin)).send({ ...base, permissions: ['members:delete'] }).expect(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'permissions' })]);
      await http().post('/api/v1/api-clients').set(bearer(admin)).send({ ...base, permissions: [] }).expect(400);
      const past = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin))
        .set('Accept-Language', 'en')
        .send({ ...base, permissions: ['members:read'], expiresAt: '2020-01-01T00:00:00Z' })
        .expect(400);
      expect(past.body.details).toEqual([expect.objectContaining({ field: 'expiresAt' })]);
      const missing = await http().post('/api/v1/api-clients').set(bearer(admin)).send({ ...base, orgId: randomUUID(), permissions: ['members:read'] }).expect(404);
      expect(missing.body.code).toBe('MEMBERS.ORG_NOT_FOUND');
      await http().post('/api/v1/api-clients').set(bearer(admin)).send({ ...base, permissions: ['members:read'], secret: 'x' }).expect(400);
    });

    it('is for holders of admin:clients only; a scoped administrator sees and grants only within its scope and its own permissions', async () => {
      await dataSource.query(`INSERT INTO role (code, name_vi, name_en, clearance) VALUES ('client-admin', 'Quản trị tích hợp', 'Integration admin', 0)`);
      await dataSource.query(`INSERT INTO role_permission (role_code, permission) VALUES ('client-admin', 'admin:clients'), ('client-admin', 'members:read')`);
      const scoped = await createTestUser(gateway, admin, { username: `qt${short().toLowerCase()}`, roles: ['client-admin'], homeOrgId: province.id });
      const scopedToken = (await loginAs(gateway, scoped.username, scoped.password)).accessToken;
      const organiser = await createTestUser(gateway, admin, { username: `tc${short().toLowerCase()}`, roles: ['organization'], homeOrgId: province.id });
      const organiserToken = (await loginAs(gateway, organiser.username, organiser.password)).accessToken;
      await http().get('/api/v1/api-clients').set(bearer(organiserToken)).expect(403);

      const escalation = await http()
        .post('/api/v1/api-clients')
        .set(bearer(scopedToken))
        .send({ name: 'Leo thang', orgId: province.id, permissions: ['members:read', 'members:write'] })
        .expect(422);
      expect(escalation.body.code).toBe('API_CLIENTS.PERMISSION_NOT_GRANTABLE');
      const mine = await registerApiClient(http, scopedToken, { orgId: province.id, permissions: ['members:read'] });
      const theirs = await registerApiClient(http, admin, { orgId: sibling.id, permissions: ['members:read'] });
      const listed = await http().get('/api/v1/api-clients?limit=200').set(bearer(scopedToken)).expect(200);
      const ids = (listed.body.items as { id: string }[]).map((c) => c.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      for (const path of [`/api/v1/api-clients/${theirs.id}`]) {
        expect((await http().get(path).set(bearer(scopedToken)).expect(404)).body.code).toBe('API_CLIENTS.CLIENT_NOT_FOUND');
      }
      await http().post(`/api/v1/api-clients/${theirs.id}/rotate-secret`).set(bearer(scopedToken)).send({}).expect(404);
      await http().post(`/api/v1/api-clients/${theirs.id}/revoke`).set(bearer(scopedToken)).expect(404);
      // The client still works: the refused revocation changed nothing.
      await clientAccessToken(http, theirs.clientId, theirs.clientSecret);
    });

    it('lists a page at a time by creation, filtered by org', async () => {
      const org = await createOrg(province.id, 'Chi bộ Phân trang');
      const made: RegisteredClient[] = [];
      for (let i = 0; i < 3; i++) made.push(await registerApiClient(http, admin, { orgId: org.id, permissions: ['members:read'], name: `Ứng dụng ${i}` }));
      const first = await http().get(`/api/v1/api-clients?orgId=${org.id}&limit=2`).set(bearer(admin)).expect(200);
      expect((first.body.items as { id: string }[]).map((c) => c.id)).toEqual([made[0].id, made[1].id]);
      const second = await http().get(`/api/v1/api-clients?orgId=${org.id}&limit=2&cursor=${first.body.nextCursor}`).set(bearer(admin)).expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: made[2].id })], nextCursor: null });
      const bad = await http().get('/api/v1/api-clients?cursor=bm90LWEtY3Vyc29y').set(bearer(admin)).set('Accept-Language', 'vi').expect(400);
      expect(bad.body.details).toEqual([{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }]);
      const badEn = await http().get('/api/v1/api-clients?cursor=bm90LWEtY3Vyc29y').set(bearer(admin)).set('Accept-Language', 'en').expect(400);
      expect(badEn.body.details).toEqual([{ field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' }]);
    });
  });

  describe('tokens', () => {
    let client: RegisteredClient;

    beforeAll(async () => {
      client = await registerApiClient(http, admin, { orgId: province.id, permissions: ['members:read'] });
    });

    const expectToken = (body: Record<string, unknown>) =>
      expect(body).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 900,
        accessToken: body.access_token,
        tokenType: 'Bearer',
        expiresIn: 900,
      });

    it('issues a 15-minute token for JSON, form and HTTP Basic credentials', async () => {
      const json = await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).expect(200);
      expectToken(json.body);
      expect(json.headers['cache-control']).toBe('no-store');
      const form = await http()
        .post('/api/v1/auth/token')
        .type('form')
        .send(`grant_type=client_credentials&client_id=${encodeURIComponent(client.clientId)}&client_secret=${encodeURIComponent(client.clientSecret)}&scope=ignored`)
        .expect(200);
      expectToken(form.body);
      const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
      const viaBasic = await http().post('/api/v1/auth/token').set('Authorization', `Basic ${basic}`).type('form').send('grant_type=client_credentials').expect(200);
      expectToken(viaBasic.body);
    });

    it('acts as the client towards the services: actor client, scope = its org, its permissions only', async () => {
      const token = await clientAccessToken(http, client.clientId, client.clientSecret);
      await http().get(`/api/v1/orgs/${province.id}`).set(bearer(token)).expect(200);
      const call = members.lastCall(SUBJECTS.members.orgGet)!;
      expect(call.context.auth).toMatchObject({
        actor: { type: 'client', id: client.id, name: 'Phần mềm quản lý đảng viên của cấp dưới' },
        scopeOrgId: province.id,
        permissions: ['members:read'],
        roles: [],
        clearance: 0,
      });
      const write = await http().post('/api/v1/orgs').set(bearer(token)).send({ parentId: province.id, name: 'X', shortName: short(), kind: 'chi-bo-co-so', validFrom: '2025-01-24' }).expect(403);
      expect(write.body.code).toBe('COMMON.FORBIDDEN');
      await http().get('/api/v1/api-clients').set(bearer(token)).expect(403);
      // Account routes are for users.
      expect((await http().get('/api/v1/me').set(bearer(token)).expect(403)).body.code).toBe('COMMON.FORBIDDEN');
      await http().post('/api/v1/auth/change-password').set(bearer(token)).send({ currentPassword: 'x', newPassword: 'y' }).expect(403);
    });

    it('answers unknown client, wrong secret, malformed Basic and missing secret alike: 401 AUTH.CLIENT_INVALID', async () => {
      const attempts = [
        http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: 'ltc_AAAAAAAAAAAAAAAAAAAAAA', client_secret: client.clientSecret }),
        http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: `${client.clientSecret.slice(0, -1)}x` }),
        http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId }),
        http().post('/api/v1/auth/token').set('Authorization', 'Basic !!!').send({ grant_type: 'client_credentials' }),
        http().post('/api/v1/auth/token').set('Authorization', `Basic ${Buffer.from('no-colon').toString('base64')}`).send({ grant_type: 'client_credentials' }),
      ];
      for (const attempt of attempts) {
        const res = await attempt.expect(401);
        expect(res.body).toEqual({ code: 'AUTH.CLIENT_INVALID', message: expect.any(String), correlationId: expect.any(String) });
      }
    });

    it('refuses a wrong grant type, credentials twice, unknown fields and other media types with 400/415', async () => {
      const grant = await http().post('/api/v1/auth/token').send({ grant_type: 'password', client_id: client.clientId, client_secret: client.clientSecret }).expect(400);
      expect(grant.body.details).toEqual([expect.objectContaining({ field: 'grant_type' })]);
      const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
      const twice = await http()
        .post('/api/v1/auth/token')
        .set('Authorization', `Basic ${basic}`)
        .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })
        .expect(400);
      expect(twice.body.details).toEqual([expect.objectContaining({ field: 'client_secret' })]);
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, extra: 1 }).expect(400);
      await http().post('/api/v1/auth/token').set('Content-Type', 'text/plain').send('grant_type=client_credentials').expect(415);
      // Form bodies are for the token route only.
      await http().post('/api/v1/orgs').set(bearer(admin)).type('form').send('name=x').expect(415);
    });

    it('writes issued and refused tokens to the audit log, never the secret', async () => {
      await clientAccessToken(http, client.clientId, client.clientSecret);
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'lts_wrong' }).expect(401);
      await gateway.app.get(AuditLog).flush();
      const rows: { action: string; outcome: string; actor_type: string; actor_id: string | null; target_owner_org_id: string | null; details: unknown }[] =
        await dataSource.query(
          `SELECT action, outcome, actor_type, actor_id, target_owner_org_id, details FROM audit_event WHERE target_id = $1 AND action LIKE 'auth.token%' ORDER BY occurred_at`,
          [client.id],
        );
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'auth.token', outcome: 'success', actor_type: 'api-client', actor_id: client.id, target_owner_org_id: province.id }),
          expect.objectContaining({ action: 'auth.token.failed', outcome: 'denied', details: { attemptedClientId: client.clientId } }),
        ]),
      );
      const all: { details: unknown }[] = await dataSource.query(`SELECT details FROM audit_event`);
      expect(JSON.stringify(all)).not.toContain(client.clientSecret);
    });
  });

  it('audits registration, rotation and revocation with the client as target, owned by its org', async () => {
    const client = await registerApiClient(http, admin, { orgId: sibling.id, permissions: ['members:read'] });
    await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({}).expect(200);
    await http().post(`/api/v1/api-clients/${client.id}/revoke`).set(bearer(admin)).expect(200);
    await gateway.app.get(AuditLog).flush();
    const rows: { action: string; target_type: string; target_owner_org_id: string; actor_type: string }[] = await dataSource.query(
      `SELECT action, target_type, target_owner_org_id, actor_type FROM audit_event WHERE target_id = $1 AND action LIKE 'api-clients.%' ORDER BY occurred_at`,
      [client.id],
    );
    expect(rows).toEqual(
      ['api-clients.create', 'api-clients.rotate', 'api-clients.revoke'].map((action): unknown =>
        expect.objectContaining({ action, target_type: 'api-client', target_owner_org_id: sibling.id, actor_type: 'user' }),
      ),
    );
  });

  describe('rotation and revocation', () => {
    it('rotates with an overlap: the old secret works until the window ends, then 401', async () => {
      const client = await registerApiClient(http, admin, { orgId: province.id, permissions: ['members:read'] });
      const until = new Date(Date.now() + 2_500).toISOString();
      const res = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ previousSecretValidUntil: until }).expect(200);
      const rotated = res.body as { client: { version: number; previousSecretValidUntil: string }; clientSecret: string };
      expect(rotated.client).toMatchObject({ version: 2, previousSecretValidUntil: until });
      expect(rotated.clientSecret).not.toBe(client.clientSecret);
      const oldToken = await clientAccessToken(http, client.clientId, client.clientSecret);
      await clientAccessToken(http, client.clientId, rotated.clientSecret);
      await new Promise((resolve) => setTimeout(resolve, 2_700));
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).expect(401);
      await clientAccessToken(http, client.clientId, rotated.clientSecret);
      // Rotation is not revocation: a token already issued lives out its 15 minutes.
      await http().get(`/api/v1/orgs/${province.id}`).set(bearer(oldToken)).expect(200);
    });

    it('ends the old secret at once when asked, and refuses windows in the past or beyond 30 days', async () => {
      const client = await registerApiClient(http, admin, { orgId: province.id, permissions: ['members:read'] });
      const now = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ previousSecretValidUntil: new Date().toISOString() }).expect(200);
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).expect(401);
      await clientAccessToken(http, client.clientId, (now.body as { clientSecret: string }).clientSecret);
      const past = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ previousSecretValidUntil: '2020-01-01T00:00:00Z' }).expect(400);
      expect(past.body.details).toEqual([expect.objectContaining({ field: 'previousSecretValidUntil' })]);
      const far = new Date(Date.now() + 31 * 86_400_000).toISOString();
      await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ previousSecretValidUntil: far }).expect(400);
      const byDefault = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({}).expect(200);
      const window = Date.parse((byDefault.body as { client: { previousSecretValidUntil: string } }).client.previousSecretValidUntil) - Date.now();
      expect(window).toBeGreaterThan(23 * 3_600_000);
      expect(window).toBeLessThanOrEqual(24 * 3_600_000);
    });

    it('revokes: tokens already issued stop at once, no new token, rotation refused', async () => {
      const client = await registerApiClient(http, admin, { orgId: province.id, permissions: ['members:read'] });
      const token = await clientAccessToken(http, client.clientId, client.clientSecret);
      await http().get(`/api/v1/orgs/${province.id}`).set(bearer(token)).expect(200);
      const res = await http().post(`/api/v1/api-clients/${client.id}/revoke`).set(bearer(admin)).expect(200);
      expect(res.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String), version: 2 });
      expect((await http().get(`/api/v1/orgs/${province.id}`).set(bearer(token)).expect(401)).body.code).toBe('AUTH.TOKEN_INVALID');
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).expect(401);
      expect((await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({}).expect(409)).body.code).toBe('API_CLIENTS.CLIENT_REVOKED');
      await http().post(`/api/v1/api-clients/${client.id}/revoke`).set(bearer(admin)).expect(200);
    });

    it('stops an expired client: no token, and its tokens are refused once the 2 s access cache has passed', async () => {
      const client = await registerApiClient(http, admin, { orgId: province.id, permissions: ['members:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      const token = await clientAccessToken(http, client.clientId, client.clientSecret);
      await dataSource.query(`UPDATE api_client SET expires_at = now() - interval '1 second' WHERE id = $1`, [client.id]);
      await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).expect(401);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await http().get(`/api/v1/orgs/${province.id}`).set(bearer(token)).expect(401);
      expect((await http().get(`/api/v1/api-clients/${client.id}`).set(bearer(admin)).expect(200)).body.status).toBe('expired');
    });
  });
});
