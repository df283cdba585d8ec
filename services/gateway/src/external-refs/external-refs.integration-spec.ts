import { SUBJECTS } from '@lienthong/contracts';
import type { RpcTransport } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { clientAccessToken, registerApiClient } from '../api-clients/testing/api-client-fixtures';
import { DATA_SOURCE } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { EXTERNAL_REF_PURGE_JOB, externalRefPurgeJob } from './external-ref-purge.job';

describe('externalId on POST /orgs and GET /orgs/by-external-id', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let admin: string;
  let parent: { id: string };
  let client: string;
  let otherClient: string;
  const http = () => gateway.http();
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const short = () => `E${randomUUID().slice(0, 8).toUpperCase()}`;
  const orgBody = (name = 'Chi bộ Thử nghiệm') => ({ parentId: parent.id, name, shortName: short(), kind: 'chi-bo-co-so', validFrom: '2025-01-24' });
  const creates = () => members.calls.filter((c) => c.subject === SUBJECTS.members.orgCreate).length;
  const post = (token: string, key?: string) => {
    const req = http().post('/api/v1/orgs').set(bearer(token));
    return key === undefined ? req : req.set('Idempotency-Key', key);
  };

  beforeAll(async () => {
    db = await createTestDatabase('gateway_external_refs');
    transport = await createTestTransport();
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    admin = await adminToken(gateway);
    parent = (await post(admin).send({ parentId: null, name: 'Đảng bộ Tỉnh Thử nghiệm', shortName: short(), kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' }).expect(201))
      .body as { id: string };
    const registered = await registerApiClient(http, admin, { orgId: parent.id, permissions: ['members:read', 'members:write'] });
    client = await clientAccessToken(http, registered.clientId, registered.clientSecret);
    const other = await registerApiClient(http, admin, { orgId: parent.id, permissions: ['members:read', 'members:write'] });
    otherClient = await clientAccessToken(http, other.clientId, other.clientSecret);
  });

  afterAll(async () => {
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  it('maps the caller\'s externalId to the new org and finds it by it; unique per caller', async () => {
    const created = await post(client).send({ ...orgBody('Chi bộ HRM-1'), externalId: 'HRM-ORG-0001' }).expect(201);
    const found = await http().get('/api/v1/orgs/by-external-id/HRM-ORG-0001').set(bearer(client)).expect(200);
    expect(found.body).toEqual(created.body);
    expect(found.headers.etag).toBe('"1"');
    // The service never saw the field: the gateway keeps the mapping.
    expect(members.lastCall(SUBJECTS.members.orgCreate)?.payload).not.toHaveProperty('externalId');
    const before = creates();
    const taken = await post(client).send({ ...orgBody('Chi bộ HRM-1 lần hai'), externalId: 'HRM-ORG-0001' }).expect(409);
    expect(taken.body.code).toBe('EXTERNAL_REFS.EXTERNAL_ID_TAKEN');
    expect(creates()).toBe(before);
    // Another client's id space: the same text is free, and the first client's mapping is invisible.
    await http().get('/api/v1/orgs/by-external-id/HRM-ORG-0001').set(bearer(otherClient)).expect(404);
    const theirs = await post(otherClient).send({ ...orgBody('Chi bộ của hệ thống khác'), externalId: 'HRM-ORG-0001' }).expect(201);
    expect((await http().get('/api/v1/orgs/by-external-id/HRM-ORG-0001').set(bearer(otherClient)).expect(200)).body.id).toBe(theirs.body.id);
  });

  it('frees the externalId when the create fails, and replays an idempotent retry instead of 409', async () => {
    await post(client).send({ ...orgBody(), parentId: randomUUID(), externalId: 'HRM-ORG-0002' }).expect(422);
    const key = randomUUID();
    const body = { ...orgBody('Chi bộ HRM-2'), externalId: 'HRM-ORG-0002' };
    const first = await post(client, key).send(body).expect(201);
    const again = await post(client, key).send(body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect((await http().get(`/api/v1/orgs/by-external-id/${encodeURIComponent('HRM-ORG-0002')}`).set(bearer(client)).expect(200)).body.id).toBe(first.body.id);
  });

  it('refuses a bad externalId with 400 and answers 404 for an unknown one', async () => {
    for (const externalId of ['', 'x'.repeat(256), ' lề', 'có\u0007chuông', 42]) {
      const res = await post(client).send({ ...orgBody(), externalId }).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'externalId' })]);
    }
    expect((await http().get('/api/v1/orgs/by-external-id/kh%C3%B4ng-c%C3%B3').set(bearer(client)).expect(404)).body.code).toBe('MEMBERS.ORG_NOT_FOUND');
    await http().get('/api/v1/orgs/by-external-id/x').expect(401);
  });

  it('purges reservations whose create died more than a day ago, nightly; nothing else', async () => {
    const dataSource = gateway.app.get<DataSource>(DATA_SOURCE);
    await post(client).send({ ...orgBody('Chi bộ giữ lại'), externalId: 'KEEP-1' }).expect(201);
    const reserve = (externalId: string, until: string) =>
      dataSource.query(`INSERT INTO external_ref (principal, resource_type, external_id, resource_id, reserved_until) VALUES ('client:x', 'org', $1, NULL, now() + $2::interval)`, [
        externalId,
        until,
      ]);
    await reserve('DEAD-1', '-2 days');
    await reserve('RUNNING-1', '1 minute');
    expect(await dataSource.query(`SELECT 1 FROM job_schedule WHERE job_name = $1`, [EXTERNAL_REF_PURGE_JOB])).toHaveLength(1);
    await externalRefPurgeJob(dataSource).run({ isCancelled: () => false, reportProgress: () => undefined } as never);
    const left: { external_id: string }[] = await dataSource.query(`SELECT external_id FROM external_ref WHERE external_id = ANY($1) ORDER BY external_id`, [
      ['DEAD-1', 'KEEP-1', 'RUNNING-1'],
    ]);
    expect(left.map((r) => r.external_id)).toEqual(['KEEP-1', 'RUNNING-1']);
  });

  it('declares externalId on the create routes that take it, in the OpenAPI document', async () => {
    const doc = (await http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, { post?: Record<string, unknown> }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(doc.paths['/api/v1/orgs']?.post?.['x-external-id-resource']).toBe('org');
    expect(doc.components.schemas.CreateOrgDto?.properties.externalId).toMatchObject({ type: 'string', maxLength: 255 });
  });
});
