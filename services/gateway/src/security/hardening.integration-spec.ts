import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { adminToken, startTestGateway, type TestGateway } from '../testing/test-gateway';

const ALLOWED = 'https://vanphong.dangbo.vn';
const FOREIGN = 'https://evil.example';

describe('hardening: strict CORS, JSON-only bodies, no internals in answers', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let admin: string;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    db = await createTestDatabase('gateway_hardening');
    transport = new InProcessTransport();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { corsOrigins: [ALLOWED] });
    admin = await adminToken(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  describe('CORS', () => {
    it('answers a preflight from a configured origin with exactly what it allows', async () => {
      const res = await gateway
        .http()
        .options('/api/v1/users')
        .set('Origin', ALLOWED)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization, content-type')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(res.headers['access-control-allow-methods']).toBe('GET, POST, PUT, PATCH, DELETE');
      expect(res.headers['access-control-allow-headers']).toContain('Authorization');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['vary']).toContain('Origin');
      const get = await gateway.http().get('/api/v1/me').set('Origin', ALLOWED).set(auth()).expect(200);
      expect(get.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(get.headers['access-control-expose-headers']).toContain('Retry-After');
    });

    it('refuses an unlisted origin, preflight or not, with 403 and no CORS header (vi/en)', async () => {
      const pre = await gateway.http().options('/api/v1/me').set('Origin', FOREIGN).set('Access-Control-Request-Method', 'GET').expect(403);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      expect(pre.body).toMatchObject({ code: 'COMMON.FORBIDDEN', details: [{ field: 'Origin', code: 'originNotAllowed', message: expect.stringContaining('không được phép') }] });
      const get = await gateway.http().get('/api/v1/me').set('Origin', FOREIGN).set('Accept-Language', 'en').set(auth()).expect(403);
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
      expect(get.body.details[0].message).toBe('Origin: this origin may not call the API');
      // A lookalike of the allowed origin is not it.
      await gateway.http().get('/api/v1/me').set('Origin', `${ALLOWED}.evil.example`).set(auth()).expect(403);
      await gateway.http().get('/api/v1/me').set('Origin', 'null').set(auth()).expect(403);
    });

    it('lets same-origin pages (the SPA) and non-browser callers through without CORS headers', async () => {
      const same = await gateway.http().post('/api/v1/auth/logout').set('Origin', gateway.url).send({ refreshToken: 'x'.repeat(43) });
      expect(same.status).not.toBe(403);
      expect(same.headers['access-control-allow-origin']).toBeUndefined();
      const none = await gateway.http().get('/api/v1/me').set(auth()).expect(200);
      expect(none.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('with no origins configured (the default), refuses every cross-origin caller', async () => {
      const other = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { migrateOnBoot: false });
      try {
        await other.http().options('/api/v1/me').set('Origin', ALLOWED).set('Access-Control-Request-Method', 'GET').expect(403);
        await other.http().get('/api/v1/health/live').set('Origin', other.url).expect(200);
      } finally {
        await other.close();
      }
    });
  });

  describe('JSON only', () => {
    it.each([
      ['text/plain', 'username=admin'],
      ['application/x-www-form-urlencoded', 'username=admin&password=x'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--'],
      ['application/xml', '<login/>'],
    ])('answers a %s body with 415', async (type, body) => {
      const res = await gateway.http().post('/api/v1/auth/login').set('Content-Type', type).send(body).expect(415);
      expect(res.body).toEqual({ code: 'COMMON.UNSUPPORTED_MEDIA_TYPE', message: expect.any(String), correlationId: expect.any(String) });
    });
  });

  it('answers an unexpected failure with 500 COMMON.INTERNAL and nothing of the SQL, the table or the stack', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE user_role RENAME TO user_role_hidden');
      const res = await gateway.http().get('/api/v1/users?q=a').set(auth()).set('Accept-Language', 'en');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ code: 'COMMON.INTERNAL', message: expect.any(String), correlationId: expect.any(String) });
      expect(res.text).not.toMatch(/user_role|relation "|SELECT|QueryFailedError|\.ts:\d+|\s+at \S+ \(/);
      // …while the log has it, under the same correlation id, for the operators.
      expect(gateway.logLines.some((line) => line.includes(res.body.correlationId) && line.includes('user_role'))).toBe(true);
    } finally {
      await client.query('ALTER TABLE user_role_hidden RENAME TO user_role');
      await client.end();
    }
  });
});
