import { InProcessTransport, DATA_SOURCE } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestUser, loginAs } from '../users/testing/user-fixtures';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { adminToken, startTestGateway, TEST_ADMIN_PASSWORD, type TestGateway } from '../testing/test-gateway';
import { AuditLog } from './audit-log';

interface Row {
  id: string;
  action: string;
  outcome: string;
  actor_type: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  status_code: number;
  http_method: string;
  http_route: string;
  correlation_id: string;
  details: Record<string, unknown>;
  partition: string;
}

describe('audit log', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let sql: DataSource;
  let audit: AuditLog;
  let token: string;
  /** A real account (the guard reads roles and scope from the database) signed in with the given roles. */
  const signIn = async (roles: string[], homeOrgId: string = randomUUID()): Promise<{ id: string; accessToken: string }> => {
    const user = await createTestUser(gateway, token, { username: `kt${randomUUID().slice(0, 8)}`, roles, homeOrgId });
    return { id: user.id, accessToken: (await loginAs(gateway, user.username, user.password)).accessToken };
  };

  beforeAll(async () => {
    db = await createTestDatabase('gateway_audit');
    transport = new InProcessTransport();
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    sql = gateway.app.get<DataSource>(DATA_SOURCE);
    audit = gateway.app.get(AuditLog);
    token = await adminToken(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  const api = () => gateway.http();
  async function rows(where: string, params: unknown[] = []): Promise<Row[]> {
    await audit.flush();
    return sql.query<Row[]>(`SELECT *, tableoid::regclass::text AS partition FROM audit_event WHERE ${where} ORDER BY occurred_at, id`, params);
  }
  const createOrg = (auth: string | undefined, shortName = `A${randomUUID().slice(0, 8)}`) => {
    const req = api().post('/api/v1/orgs');
    if (auth) void req.set('Authorization', `Bearer ${auth}`);
    return req.send({ parentId: null, name: 'Đảng bộ Kiểm toán', shortName, kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' });
  };

  it('writes one row for an org created through the API', async () => {
    const res = await createOrg(token).expect(201);
    const [row, ...more] = await rows('correlation_id = $1', [res.headers['x-correlation-id']]);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      action: 'orgs.create',
      outcome: 'success',
      actor_type: 'user',
      target_type: 'org',
      target_id: res.body.id,
      status_code: 201,
      http_method: 'POST',
      http_route: '/api/v1/orgs',
    });
    expect(row.actor_id).toEqual(expect.any(String));
    expect(row.details).toMatchObject({ permission: 'members:write', body: { name: 'Đảng bộ Kiểm toán' } });
  });

  it('writes a denied row for a 401 and for a 403, with the declared permission', async () => {
    const unauthenticated = await createOrg(undefined).expect(401);
    const [r401] = await rows('correlation_id = $1', [unauthenticated.headers['x-correlation-id']]);
    expect(r401).toMatchObject({ action: 'access.denied', outcome: 'denied', actor_type: 'anonymous', status_code: 401 });
    expect(r401.details).toMatchObject({ attempted: 'orgs.create', permission: 'members:write', code: 'COMMON.UNAUTHENTICATED' });

    // Đảng viên: documents:read and finance:read, no members:write.
    const member = await signIn(['member']);
    const forbidden = await createOrg(member.accessToken).expect(403);
    const [r403] = await rows('correlation_id = $1', [forbidden.headers['x-correlation-id']]);
    expect(r403).toMatchObject({ action: 'access.denied', outcome: 'denied', actor_type: 'user', actor_id: member.id, status_code: 403 });
    expect(r403.details).toMatchObject({ attempted: 'orgs.create', permission: 'members:write', code: 'COMMON.FORBIDDEN' });
  });

  it('audits logins, successful or not, and never stores a password or a token', async () => {
    const ok = await api().post('/api/v1/auth/login').send({ username: 'admin', password: TEST_ADMIN_PASSWORD }).expect(200);
    const wrongPassword = 'Sai-mật-khẩu-rất-bí-mật-42';
    const bad = await api().post('/api/v1/auth/login').send({ username: 'admin', password: wrongPassword });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    const [success] = await rows('correlation_id = $1', [ok.headers['x-correlation-id']]);
    expect(success).toMatchObject({ action: 'auth.login', outcome: 'success', actor_type: 'user' });
    const [failure] = await rows('correlation_id = $1', [bad.headers['x-correlation-id']]);
    expect(failure).toMatchObject({ action: 'auth.login.failed', outcome: 'denied' });
    expect(failure.details).toMatchObject({ body: { username: 'admin', password: '[redacted]' } });
    const everything = JSON.stringify(await rows('true'));
    for (const secret of [TEST_ADMIN_PASSWORD, wrongPassword, ok.body.accessToken as string, token]) expect(everything).not.toContain(secret);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await createOrg(token).expect(201);
    await audit.flush();
    await expect(sql.query(`UPDATE audit_event SET outcome = 'failed'`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const [partition] = await sql.query<{ p: string }[]>(`SELECT tableoid::regclass::text AS p FROM audit_event LIMIT 1`);
    await expect(sql.query(`DELETE FROM ${partition.p}`)).rejects.toThrow(/append-only/);
  });

  it('has partitions for this month and the next, rows land in theirs, and a missing month is made on insert', async () => {
    const month = (offset: number) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + offset);
      return `audit_event_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const parts = (
      await sql.query<{ relname: string }[]>(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass`,
    )
    ).map((p) => p.relname);
    expect(parts).toEqual(expect.arrayContaining([month(0), month(1)]));
    expect(new Set((await rows('true')).map((r) => r.partition))).toEqual(new Set([month(0)]));

    const later = new Date();
    later.setUTCMonth(later.getUTCMonth() + 14, 15);
    const correlationId = `far-future-${randomUUID()}`;
    audit.record({ action: 'test.future', outcome: 'success', actor: { type: 'system', id: 'not-a-uuid' }, correlationId, occurredAt: later });
    const [row] = await rows('correlation_id = $1', [correlationId]);
    expect(row.partition).toBe(month(14));
  });

  it('lists with filters and keyset pages, newest first; without audit:read → 403', async () => {
    for (let i = 0; i < 3; i++) await createOrg(token).expect(201);
    await audit.flush();
    const auth = { Authorization: `Bearer ${token}` };
    const all = await api().get('/api/v1/audit-events?action=orgs.&outcome=success&limit=200').set(auth).expect(200);
    const items = all.body.items as { id: string; occurredAt: string; action: string; outcome: string }[];
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.every((e) => e.action.startsWith('orgs.') && e.outcome === 'success')).toBe(true);
    expect([...items].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : a.id < b.id ? 1 : -1))).toEqual(items);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api()
        .get(`/api/v1/audit-events?action=orgs.&outcome=success&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(auth)
        .expect(200);
      seen.push(...(page.body.items as { id: string }[]).map((e) => e.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(items.map((e) => e.id));
    // A well-formed cursor holding no instant is refused as a cursor, not left to the database's timestamp cast.
    const forged = Buffer.from(JSON.stringify(['hôm qua', items[0].id])).toString('base64url');
    const refused = await api().get(`/api/v1/audit-events?cursor=${forged}`).set(auth).set('Accept-Language', 'en').expect(400);
    expect(refused.body.details).toEqual([{ field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' }]);

    const denied = await api().get('/api/v1/audit-events?outcome=denied&limit=200').set(auth).expect(200);
    expect((denied.body.items as { outcome: string }[]).every((e) => e.outcome === 'denied')).toBe(true);
    const future = await api().get(`/api/v1/audit-events?from=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`).set(auth).expect(200);
    expect((future.body.items as { action: string }[]).map((e) => e.action)).toEqual(['test.future']);
    const target = items[0];
    const byTarget = await api().get(`/api/v1/audit-events?targetType=org&targetId=${(all.body.items[0] as { target: { id: string } }).target.id}`).set(auth).expect(200);
    expect((byTarget.body.items as { id: string }[]).map((e) => e.id)).toContain(target.id);

    const member = await signIn(['member']);
    const res = await api().get('/api/v1/audit-events').set('Authorization', `Bearer ${member.accessToken}`).expect(403);
    expect(res.body.code).toBe('COMMON.FORBIDDEN');
  });

  it('shows a scoped reader only the events of its subtree', async () => {
    const [root, child, other] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [id, path] of [[root, `/${root}/`], [child, `/${root}/${child}/`], [other, `/${other}/`]] as const) {
      await sql.query(
        `INSERT INTO org_replica (id, parent_id, path, depth, status, name, short_name, kind, valid_from, version)
         VALUES ($1, NULL, $2, 0, 'active', 'x', 'x', 'chi-bo-co-so', '2025-01-01', 1)`,
        [id, path],
      );
    }
    const action = `scope.test.${randomUUID().slice(0, 8)}`;
    audit.record({ action, outcome: 'success', actor: { type: 'user', id: randomUUID(), orgId: child } });
    audit.record({ action, outcome: 'success', actor: { type: 'system' }, target: { type: 'member', id: 'm1', ownerOrgId: root } });
    audit.record({ action, outcome: 'success', actor: { type: 'user', id: randomUUID(), orgId: other } });
    await audit.flush();
    // Kiểm tra (inspection) has audit:read; its scope is the subtree of its home organisation.
    const scoped = (await signIn(['inspection'], root)).accessToken;
    const res = await api().get(`/api/v1/audit-events?action=${action}`).set('Authorization', `Bearer ${scoped}`).expect(200);
    expect(res.body.items).toHaveLength(2);
    const narrowed = await api().get(`/api/v1/audit-events?action=${action}&orgId=${child}`).set('Authorization', `Bearer ${scoped}`).expect(200);
    expect(narrowed.body.items).toHaveLength(1);
    // An org outside the reader's subtree is answered as absent, like any read outside.
    const outside = await api().get(`/api/v1/audit-events?action=${action}&orgId=${other}`).set('Authorization', `Bearer ${scoped}`).expect(404);
    expect(outside.body.code).toBe('COMMON.NOT_FOUND');
  });
});
