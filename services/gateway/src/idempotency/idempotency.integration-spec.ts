import { SUBJECTS } from '@lienthong/contracts';
import { DATA_SOURCE, type RpcTransport } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { clientAccessToken } from '../api-clients/testing/api-client-fixtures';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { createTestUser, loginAs } from '../users/testing/user-fixtures';
import { IDEMPOTENCY_PURGE_JOB, idempotencyPurgeJob } from './idempotency-purge.job';
import { requestFingerprint } from './request-fingerprint';
import { SteeredTransport } from './testing/steered-transport';

describe('Idempotency-Key on POST', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let steered: SteeredTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let dataSource: DataSource;
  let admin: string;
  let parent: { id: string };
  const http = () => gateway.http();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const short = () => `I${randomUUID().slice(0, 8).toUpperCase()}`;
  const orgBody = (name = 'Chi bộ Thử nghiệm') => ({ parentId: parent.id, name, shortName: short(), kind: 'chi-bo-co-so', validFrom: '2025-01-24' });
  const creates = () => members.calls.filter((c) => c.subject === SUBJECTS.members.orgCreate).length;
  const post = (token: string, key?: string) => {
    const req = http().post('/api/v1/orgs').set(bearer(token));
    return key === undefined ? req : req.set('Idempotency-Key', key);
  };

  beforeAll(async () => {
    db = await createTestDatabase('gateway_idempotency');
    transport = await createTestTransport();
    steered = new SteeredTransport(transport);
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, steered, TEST_AUTH_CONTEXT_KEY);
    dataSource = gateway.app.get<DataSource>(DATA_SOURCE);
    admin = await adminToken(gateway);
    parent = (await post(admin).send({ parentId: null, name: 'Đảng bộ Tỉnh Thử nghiệm', shortName: short(), kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' }).expect(201))
      .body as { id: string };
  });

  afterAll(async () => {
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for the same key and body (status, Location, ETag, body): one record', async () => {
      const key = randomUUID();
      const body = orgBody();
      const before = creates();
      const first = await post(admin, key).send(body).expect(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      // Same body with its keys in another order and other spacing: the same request.
      const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
      const again = await post(admin, key).set('Content-Type', 'application/json').send(reordered).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.location).toBe(first.headers.location);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(creates()).toBe(before + 1);
    });

    it('refuses the same key with another body (or another path) with 422 IDEMPOTENCY.KEY_REUSED', async () => {
      const key = randomUUID();
      await post(admin, key).send(orgBody('Chi bộ Một')).expect(201);
      const before = creates();
      const other = await post(admin, key).set('Accept-Language', 'en').send(orgBody('Chi bộ Hai')).expect(422);
      expect(other.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED', message: 'This Idempotency-Key was used for a different request; use a new key.' });
      const elsewhere = await http()
        .post(`/api/v1/orgs/${parent.id}/close`)
        .set(bearer(admin))
        .set('Idempotency-Key', key)
        .set('If-Match', '"1"')
        .send({ validTo: '2026-01-01' })
        .expect(422);
      expect(elsewhere.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      expect(creates()).toBe(before);
    });

    it('answers a concurrent duplicate with 409 IDEMPOTENCY.IN_PROGRESS while the first runs, then replays it', async () => {
      const key = randomUUID();
      const body = orgBody();
      const before = creates();
      steered.delayNext(SUBJECTS.members.orgCreate, 600);
      const [a, b] = await Promise.all([post(admin, key).send(body), new Promise((r) => setTimeout(r, 150)).then(() => post(admin, key).send(body))]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const refused = a.status === 409 ? a : b;
      expect(refused.body.code).toBe('IDEMPOTENCY.IN_PROGRESS');
      const after = await post(admin, key).send(body).expect(201);
      expect(after.headers['idempotent-replayed']).toBe('true');
      expect(creates()).toBe(before + 1);
    });

    it('makes a retry after a client-side timeout safe: one record, the retry gets the first answer', async () => {
      const key = randomUUID();
      const body = orgBody('Chi bộ Mạng chập chờn');
      const before = creates();
      steered.delayNext(SUBJECTS.members.orgCreate, 700);
      await expect(post(admin, key).timeout(200).send(body)).rejects.toThrow(/timeout/i);
      const statuses: number[] = [];
      let answer;
      for (let attempt = 0; attempt < 20; attempt++) {
        answer = await post(admin, key).send(body);
        statuses.push(answer.status);
        if (answer.status !== 409) break;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      expect(statuses[0]).toBe(409);
      expect(answer?.status).toBe(201);
      expect(answer?.body).toMatchObject({ name: 'Chi bộ Mạng chập chờn', parentId: parent.id });
      expect(creates()).toBe(before + 1);
      expect([...members.orgs.values()].filter((o) => o.name === 'Chi bộ Mạng chập chờn')).toHaveLength(1);
    });

    it('keeps a 4xx as the answer, but not a 5xx: a retry after a failure runs again', async () => {
      const rejected = randomUUID();
      const bad = { ...orgBody(), parentId: randomUUID() };
      const first = await post(admin, rejected).send(bad).expect(422);
      const replay = await post(admin, rejected).send(bad).expect(422);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');

      const failed = randomUUID();
      const body = orgBody('Chi bộ Sau sự cố');
      steered.failNext(SUBJECTS.members.orgCreate);
      const broken = await post(admin, failed).send(body);
      expect(broken.status).toBeGreaterThanOrEqual(500);
      const retried = await post(admin, failed).send(body).expect(201);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      await post(admin, failed).send(body).expect(201).expect('Idempotent-Replayed', 'true');
    });

    it('never keeps a secret shown once: a replay of a client registration answers it [redacted]', async () => {
      const key = randomUUID();
      const body = { name: 'Hệ thống thử lại', orgId: parent.id, permissions: ['members:read'] };
      const first = await http().post('/api/v1/api-clients').set(bearer(admin)).set('Idempotency-Key', key).send(body).expect(201);
      const replay = await http().post('/api/v1/api-clients').set(bearer(admin)).set('Idempotency-Key', key).send(body).expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual({ ...first.body, clientSecret: '[redacted]' });
      const stored: { body: string }[] = await dataSource.query('SELECT body FROM idempotency_key WHERE key = $1', [key]);
      expect(stored[0]?.body).not.toContain(first.body.clientSecret);
      // The first answer's secret works; there is still one client.
      await clientAccessToken(http, first.body.client.clientId, first.body.clientSecret);
    });

    it('keeps keys per principal: another user may use the same key for its own request', async () => {
      const organiser = await createTestUser(gateway, admin, { username: `tc${short().toLowerCase()}`, roles: ['organization'], homeOrgId: parent.id });
      const theirs = (await loginAs(gateway, organiser.username, organiser.password)).accessToken;
      const key = randomUUID();
      const mine = await post(admin, key).send(orgBody('Chi bộ của quản trị')).expect(201);
      const other = await post(theirs, key).send(orgBody('Chi bộ của cán bộ tổ chức')).expect(201);
      expect(other.body.id).not.toBe(mine.body.id);
      expect(other.headers['idempotent-replayed']).toBeUndefined();
    });

    it('takes over a key whose request died (lease over) for the same request only', async () => {
      const body = orgBody('Chi bộ Sau khi sập');
      const path = '/api/v1/orgs';
      const principal: { id: string }[] = await dataSource.query(`SELECT id FROM gateway_user WHERE username = 'admin'`);
      const insertDead = (key: string, fingerprint: string) =>
        dataSource.query(
          `INSERT INTO idempotency_key (principal, key, request_sha256, method, path, state, lease_until, expires_at)
           VALUES ($1, $2, $3, 'POST', $4, 'in_progress', now() - interval '1 second', now() + interval '1 day')`,
          [`user:${principal[0].id}`, key, fingerprint, path],
        );
      const live = randomUUID();
      await dataSource.query(
        `INSERT INTO idempotency_key (principal, key, request_sha256, method, path, state, lease_until, expires_at)
         VALUES ($1, $2, $3, 'POST', $4, 'in_progress', now() + interval '1 minute', now() + interval '1 day')`,
        [`user:${principal[0].id}`, live, requestFingerprint('POST', path, body), path],
      );
      await post(admin, live).send(body).expect(409);
      const dead = randomUUID();
      await insertDead(dead, requestFingerprint('POST', path, body));
      await post(admin, dead).send(body).expect(201);
      const deadOther = randomUUID();
      await insertDead(deadOther, requestFingerprint('POST', path, { other: true }));
      expect((await post(admin, deadOther).send(body).expect(422)).body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    });

    it('purges expired keys with the hourly job; a purged key is free again', async () => {
      const key = randomUUID();
      await post(admin, key).send(orgBody('Chi bộ Cũ')).expect(201);
      const keep = randomUUID();
      await post(admin, keep).send(orgBody('Chi bộ Mới')).expect(201);
      await dataSource.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
      const schedules: { job_name: string }[] = await dataSource.query(`SELECT job_name FROM job_schedule WHERE job_name = $1`, [IDEMPOTENCY_PURGE_JOB]);
      expect(schedules).toHaveLength(1);
      const progress: unknown[] = [];
      await idempotencyPurgeJob(dataSource).run({ isCancelled: () => false, reportProgress: (p: unknown) => progress.push(p) } as never);
      const left: { key: string }[] = await dataSource.query(`SELECT key FROM idempotency_key WHERE key = ANY($1)`, [[key, keep]]);
      expect(left.map((r) => r.key)).toEqual([keep]);
      expect(progress).toEqual([expect.objectContaining({ phase: 'done', done: 1 })]);
      const reused = await post(admin, key).send(orgBody('Chi bộ Khác')).expect(201);
      expect(reused.headers['idempotent-replayed']).toBeUndefined();
    });

    it('refuses a malformed key with 400 (field Idempotency-Key) and leaves /auth/* alone', async () => {
      for (const key of ['x'.repeat(256), 'has space', '']) {
        const res = await post(admin, key).send(orgBody()).expect(400);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
      }
      const login = () => http().post('/api/v1/auth/login').set('Idempotency-Key', 'login-1').send({ username: 'admin', password: 'Mật-khẩu-thử-nghiệm-2026' }).expect(200);
      const [a, b] = [await login(), await login()];
      expect(a.body.refreshToken).not.toBe(b.body.refreshToken);
      expect(a.headers['idempotent-replayed']).toBeUndefined();
      expect(b.headers['idempotent-replayed']).toBeUndefined();
    });

    it('declares the optional header on every POST but /auth/* in the OpenAPI document', async () => {
      const doc = (await http().get('/api/docs-json').expect(200)).body as {
        paths: Record<string, { post?: { parameters?: { name: string; in: string; required: boolean }[] } }>;
      };
      const posts = Object.entries(doc.paths).filter(([, item]) => item.post);
      expect(posts.length).toBeGreaterThan(5);
      for (const [path, item] of posts) {
        const header = item.post?.parameters?.find((p) => p.name === 'Idempotency-Key');
        if (path.startsWith('/api/v1/auth/')) expect(header).toBeUndefined();
        else expect(header).toMatchObject({ in: 'header', required: false });
      }
    });
  });
});
