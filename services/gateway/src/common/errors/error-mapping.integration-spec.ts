import { SUBJECTS, type ErrorEnvelope } from '@lienthong/contracts';
import { encodeJson, encodeReply, InProcessTransport, RPC_HEADERS, type RpcMessage } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { adminToken, startTestGateway, TEST_ADMIN_PASSWORD, type TestGateway } from '../../testing/test-gateway';

/** Ids that make the raw responder below misbehave in one particular way each. */
const SLOW_ID = '00000000-0000-4000-8000-000000000001';
const LEAKY_ID = '00000000-0000-4000-8000-000000000002';
const NEW_CODE_ID = '00000000-0000-4000-8000-000000000003';
const GARBLED_ID = '00000000-0000-4000-8000-000000000004';

const reply = (body: Parameters<typeof encodeReply>[0]) => ({ data: encodeReply(body) });

describe('gateway error mapping', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let token: string;
  const seen: RpcMessage[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('gateway_errors');
    transport = new InProcessTransport();
    // orgGet answers each special id in its own wrong way; orgUpdate is always stale; orgSearch has no responder.
    transport.serve(SUBJECTS.members.orgGet, 'members', async (message) => {
      seen.push(message);
      const { id } = JSON.parse(new TextDecoder().decode(message.data)) as { id: string };
      if (id === SLOW_ID) return new Promise((resolve) => setTimeout(() => resolve(reply({ ok: true, data: null })), 800));
      if (id === LEAKY_ID) {
        return reply({ ok: false, error: { code: 'COMMON.INTERNAL', message: 'relation "org" does not exist at SELECT * FROM org' } });
      }
      if (id === NEW_CODE_ID) return reply({ ok: false, error: { code: 'MEMBERS.SOMETHING_NEW', message: 'x' } as unknown as ErrorEnvelope });
      if (id === GARBLED_ID) return { data: encodeJson({ not: 'a reply' }) };
      return reply({ ok: false, error: { code: 'MEMBERS.ORG_NOT_FOUND', message: 'Organisation not found.' } });
    });
    transport.serve(SUBJECTS.members.orgUpdate, 'members', () =>
      Promise.resolve(reply({ ok: false, error: { code: 'MEMBERS.ORG_VERSION_MISMATCH', message: 'stale' } })),
    );
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { rpcTimeoutMs: 300 });
    token = await adminToken(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  const auth = () => ({ Authorization: `Bearer ${token}` });
  const envelope = (code: string, message: string, extra: object = {}) => ({ code, message, correlationId: expect.any(String), ...extra });

  describe('invalid input → 400 with details', () => {
    const badOrg = { parentId: 'không-phải-uuid', name: 'A', shortName: 'có dấu cách', kind: 'chi-bo-ao', validFrom: '2026-02-30' };

    it('in Vietnamese by default', async () => {
      const res = await gateway.http().post('/api/v1/orgs').set(auth()).send(badOrg).expect(400);
      expect(res.body).toEqual(
        envelope('COMMON.VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', {
          details: expect.arrayContaining([
            { field: 'parentId', code: 'isUuid', message: 'parentId: phải là mã định danh UUID' },
            { field: 'name', code: 'isLength', message: 'name: có độ dài không hợp lệ' },
            { field: 'shortName', code: 'matches', message: 'shortName: không đúng định dạng' },
            { field: 'kind', code: 'isIn', message: 'kind: không thuộc danh sách giá trị cho phép' },
            { field: 'validFrom', code: 'isPartyDate', message: 'validFrom: phải là ngày hợp lệ dạng YYYY-MM-DD' },
          ]),
        }),
      );
      expect(res.body.details).toHaveLength(5);
    });

    it('in English when asked', async () => {
      const res = await gateway.http().post('/api/v1/orgs').set(auth()).set('Accept-Language', 'en-US,en;q=0.9').send(badOrg).expect(400);
      expect(res.body.message).toBe('The input is not valid.');
      expect(res.body.details).toContainEqual({ field: 'parentId', code: 'isUuid', message: 'parentId: must be a UUID' });
    });

    it('refuses fields the API does not know', async () => {
      const res = await gateway.http().post(`/api/v1/orgs/${randomUUID()}/move`).set(auth()).set('If-Match', '"1"').send({
        newParentId: randomUUID(),
        ownerOrgId: randomUUID(),
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'ownerOrgId', code: 'whitelistValidation', message: 'ownerOrgId: không được phép gửi trường này' }]);
    });

    it('refuses a JSON array where an object is expected', async () => {
      const res = await gateway.http().post('/api/v1/auth/login').send([{ username: 'admin' }]).expect(400);
      expect(res.body.details).toEqual([{ field: 'body', code: 'isObject', message: 'body: phải là một đối tượng JSON' }]);
    });

    it('names an invalid id in the path', async () => {
      const res = await gateway.http().get('/api/v1/orgs/123').set(auth()).set('Accept-Language', 'en').expect(400);
      expect(res.body.details).toEqual([{ field: 'id', code: 'isUuid', message: 'id: must be a UUID' }]);
    });

    it('refuses a limit over 200 and a non-boolean flag in the query', async () => {
      const res = await gateway.http().get('/api/v1/orgs?limit=201&includeClosed=yes').set(auth()).expect(400);
      expect((res.body.details as { field: string; code: string }[]).map((d) => `${d.field}:${d.code}`).sort()).toEqual([
        'includeClosed:isBoolean',
        'limit:max',
      ]);
    });
  });

  it('answers malformed JSON with 400 COMMON.MALFORMED_REQUEST', async () => {
    const res = await gateway.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username": "admin",').expect(400);
    expect(res.body).toEqual(envelope('COMMON.MALFORMED_REQUEST', 'Yêu cầu không đúng định dạng JSON.'));
  });

  it('answers a body over 256 kB with 413', async () => {
    const res = await gateway.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'x'.repeat(300 * 1024) }).expect(413);
    expect(res.body).toEqual(envelope('COMMON.PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'));
  });

  it.each([
    ['text/plain', 'username=admin'],
    ['application/x-www-form-urlencoded', 'username=admin&password=x'],
    ['application/xml', '<login/>'],
  ])('answers a %s body with 415', async (type, body) => {
    const res = await gateway.http().post('/api/v1/auth/login').set('Content-Type', type).send(body).expect(415);
    expect(res.body).toEqual(envelope('COMMON.UNSUPPORTED_MEDIA_TYPE', 'Chỉ chấp nhận application/json.'));
  });

  it('answers an unknown route with 404 COMMON.ROUTE_NOT_FOUND, signed in or not', async () => {
    for (const res of [await gateway.http().get('/api/v1/khong-co').set(auth()), await gateway.http().delete('/api/v1/orgs')]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(envelope('COMMON.ROUTE_NOT_FOUND', 'Đường dẫn API không tồn tại.'));
    }
  });

  it('answers a code from a service with its status and our own message', async () => {
    const res = await gateway.http().get(`/api/v1/orgs/${randomUUID()}`).set(auth()).set('Accept-Language', 'vi').expect(404);
    expect(res.body).toEqual(envelope('MEMBERS.ORG_NOT_FOUND', 'Không tìm thấy tổ chức đảng.'));
  });

  it('refuses a user without the permission with 403', async () => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query(`INSERT INTO gateway_user (id, username, full_name, password_hash)
        SELECT gen_random_uuid(), 'van-thu', 'Trần Thị Văn Thư', password_hash FROM gateway_user WHERE username = 'admin'`);
    } finally {
      await pg.end();
    }
    const login = await gateway.http().post('/api/v1/auth/login').send({ username: 'van-thu', password: TEST_ADMIN_PASSWORD }).expect(200);
    const res = await gateway.http().get('/api/v1/orgs').set('Authorization', `Bearer ${login.body.accessToken}`).expect(403);
    expect(res.body).toEqual(envelope('COMMON.FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.'));
  });

  describe('If-Match on updates', () => {
    const patch = () => gateway.http().patch(`/api/v1/orgs/${randomUUID()}`).set(auth()).send({ name: 'Chi bộ Tổng hợp' });

    it('is required: 428', async () => {
      const res = await patch().expect(428);
      expect(res.body).toEqual(envelope('COMMON.PRECONDITION_REQUIRED', 'Thiếu tiêu đề If-Match.'));
    });

    it.each(['3', 'W/"3"', '*', '"0"', '"3", "4"'])('must be one strong version tag, not %s: 400', async (value) => {
      const res = await patch().set('If-Match', value).expect(400);
      expect(res.body.details).toEqual([{ field: 'If-Match', code: 'ifMatch', message: 'If-Match: phải là ETag của bản ghi, ví dụ "3"' }]);
    });

    it('is 412 when stale', async () => {
      const res = await patch().set('If-Match', '"3"').set('Accept-Language', 'en').expect(412);
      expect(res.body).toEqual(envelope('MEMBERS.ORG_VERSION_MISMATCH', 'The organisation was changed by someone else; reload it.'));
    });

    it('needs at least one field to change', async () => {
      const res = await gateway.http().patch(`/api/v1/orgs/${randomUUID()}`).set(auth()).set('If-Match', '"1"').send({}).expect(400);
      expect(res.body.details).toEqual([{ field: 'body', code: 'atLeastOneField', message: 'body: cần ít nhất một trường để thay đổi' }]);
    });
  });

  describe('dependencies', () => {
    it('answers 503 when no service serves the subject', async () => {
      const res = await gateway.http().get('/api/v1/orgs/search?q=chi').set(auth()).expect(503);
      expect(res.body).toEqual(envelope('COMMON.SERVICE_UNAVAILABLE', 'Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.'));
    });

    it('answers 504 when the service does not answer in time', async () => {
      const res = await gateway.http().get(`/api/v1/orgs/${SLOW_ID}`).set(auth()).expect(504);
      expect(res.body).toEqual(envelope('COMMON.TIMEOUT', 'Dịch vụ không trả lời kịp thời.'));
    });

    it.each([
      ['an internal error with SQL in its message', LEAKY_ID],
      ['a code this gateway does not know', NEW_CODE_ID],
      ['a reply that is not a reply', GARBLED_ID],
    ])('answers %s with a bare 500 and logs it with the correlation id', async (_label, id) => {
      const correlationId = `test-${randomUUID()}`;
      const res = await gateway.http().get(`/api/v1/orgs/${id}`).set(auth()).set('X-Correlation-Id', correlationId).expect(500);
      expect(res.body).toEqual({ code: 'COMMON.INTERNAL', message: 'Lỗi hệ thống; đã ghi nhận để xử lý.', correlationId });
      expect(JSON.stringify(res.body)).not.toMatch(/SELECT|does not exist|Malformed|SOMETHING_NEW/);
      const logged = gateway.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.correlationId === correlationId && l.level === 'error');
      expect(logged).toMatchObject({ msg: 'Request failed', status: 500, path: `/api/v1/orgs/${id}` });
    });
  });

  describe('correlation id', () => {
    it('takes a well-formed one, echoes it and passes it on with the language', async () => {
      const correlationId = `req-${randomUUID()}`;
      const res = await gateway.http().get(`/api/v1/orgs/${randomUUID()}`).set(auth()).set('X-Correlation-Id', correlationId).set('Accept-Language', 'en');
      expect(res.headers['x-correlation-id']).toBe(correlationId);
      expect(res.body.correlationId).toBe(correlationId);
      const message = seen.find((m) => m.headers[RPC_HEADERS.correlationId] === correlationId);
      expect(message?.headers[RPC_HEADERS.language]).toBe('en');
      expect(message?.headers[RPC_HEADERS.auth]).toEqual(expect.any(String));
    });

    it.each(['short', 'has spaces in it', '<script>alert(1)</script>', 'x'.repeat(65)])('replaces %p with a fresh one', async (given) => {
      const res = await gateway.http().get('/api/v1/health/live').set('X-Correlation-Id', given).expect(200);
      expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('is on the access-log line of the request', async () => {
      const correlationId = `log-${randomUUID()}`;
      await gateway.http().get('/api/v1/me').set(auth()).set('X-Correlation-Id', correlationId).expect(200);
      const line = gateway.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'http' && l.correlationId === correlationId);
      expect(line).toMatchObject({ method: 'GET', path: '/api/v1/me', route: '/api/v1/me', status: 200, level: 'info' });
    });
  });

  it('sets the security headers and no X-Powered-By', async () => {
    const res = await gateway.http().get('/api/v1/health/live').expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
