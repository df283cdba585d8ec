import { InProcessTransport } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { adminToken, startTestGateway, TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, type TestGateway } from '../testing/test-gateway';

describe('gateway sign-in and the bearer guard', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_auth');
    transport = new InProcessTransport();
    // Lenient lockout: this file fails on purpose many times (lockout has its own spec).
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { loginProtection: { maxFailuresPerUsername: 1000, maxFailuresPerAddress: 1000 } });
  });

  afterAll(async () => {
    await gateway?.close();
    await transport?.close();
    await db?.drop();
  });

  it('signs the administrator in with a short-lived HS256 token', async () => {
    const res = await gateway.http().post('/api/v1/auth/login').send({ username: 'admin', password: TEST_ADMIN_PASSWORD }).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const decoded = jwt.decode(res.body.accessToken, { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    const payload = decoded?.payload as jwt.JwtPayload;
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(15 * 60);
    expect(payload).toMatchObject({ usr: 'admin', scope: null, iss: 'lienthong-gateway', aud: 'lienthong-api' });
  });

  it('accepts the username in any case, with surrounding spaces', async () => {
    await gateway.http().post('/api/v1/auth/login').send({ username: '  Admin ', password: TEST_ADMIN_PASSWORD }).expect(200);
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await gateway.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'sai-mật-khẩu' });
    const unknown = await gateway.http().post('/api/v1/auth/login').send({ username: 'khong-ton-tai', password: 'sai-mật-khẩu' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        code: 'AUTH.INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        correlationId: res.headers['x-correlation-id'],
      });
    }
  });

  it('refuses a disabled account with the same 401', async () => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query(`INSERT INTO gateway_user (id, username, full_name, password_hash)
        SELECT gen_random_uuid(), 'da-nghi', 'Nguyễn Văn Nghỉ', password_hash FROM gateway_user WHERE username = 'admin'`);
      await pg.query(`UPDATE gateway_user SET is_active = false WHERE username = 'da-nghi'`);
    } finally {
      await pg.end();
    }
    const res = await gateway.http().post('/api/v1/auth/login').send({ username: 'da-nghi', password: TEST_ADMIN_PASSWORD }).expect(401);
    expect(res.body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('validates the login body', async () => {
    const res = await gateway.http().post('/api/v1/auth/login').set('Accept-Language', 'en').send({ username: 'admin' }).expect(400);
    expect(res.body).toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'password', code: 'isDefined', message: 'password: is required' }],
    });
  });

  it('requires a bearer token everywhere else, in the error envelope', async () => {
    const res = await gateway.http().get('/api/v1/me').expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="lienthong"');
    expect(res.body).toEqual({ code: 'COMMON.UNAUTHENTICATED', message: 'Cần đăng nhập.', correlationId: res.headers['x-correlation-id'] });
    await gateway.http().get('/api/v1/orgs').expect(401);
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt'],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
    ['a token signed with another key', `Bearer ${jwt.sign({ sub: 'x' }, 'another-secret-another-secret-0123', { algorithm: 'HS256' })}`],
    ['an unsigned token (alg none)', `Bearer ${jwt.sign({ sub: 'x' }, '', { algorithm: 'none' })}.`],
    [
      'an expired token',
      `Bearer ${jwt.sign({ sub: 'x', usr: 'admin', name: 'A', roles: [], perms: [], scope: null, clr: 0 }, TEST_JWT_SECRET, {
        algorithm: 'HS256',
        issuer: 'lienthong-gateway',
        audience: 'lienthong-api',
        expiresIn: -60,
      })}`,
    ],
    [
      'a token without our issuer',
      `Bearer ${jwt.sign({ sub: 'x', usr: 'admin', name: 'A', roles: [], perms: [], scope: null, clr: 0 }, TEST_JWT_SECRET, { algorithm: 'HS256' })}`,
    ],
  ])('refuses %s with 401 AUTH.TOKEN_INVALID', async (_label, authorization) => {
    const res = await gateway.http().get('/api/v1/me').set('Authorization', authorization).set('Accept-Language', 'en').expect(401);
    expect(res.body).toMatchObject({ code: 'AUTH.TOKEN_INVALID', message: 'The token is invalid or expired.' });
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('tells the signed-in user who they are: the administrator sees the whole tree', async () => {
    const token = await adminToken(gateway);
    const res = await gateway.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toEqual({
      id: expect.any(String),
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      roles: ['admin'],
      permissions: expect.arrayContaining(['members:read', 'members:write']),
      scopeOrgId: null,
      scopeOrgName: null,
      homeOrgName: null,
      homeOrgId: null,
      clearance: 3,
      mustChangePassword: false,
    });
  });

  it('never writes the password or the token to the log', async () => {
    const token = await adminToken(gateway);
    await gateway.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    const log = gateway.logLines.join('\n');
    expect(log).toContain('"path":"/api/v1/auth/login"');
    expect(log).not.toContain(TEST_ADMIN_PASSWORD);
    expect(log).not.toContain(token);
  });
});

describe('first boot without a configured administrator password', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_admin');
    transport = new InProcessTransport();
  });

  afterAll(async () => {
    await transport?.close();
    await db?.drop();
  });

  it('generates a strong password once, returns it without logging it, and keeps it on the next boot', async () => {
    const first = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { adminPassword: undefined });
    let generated: string;
    try {
      generated = first.generatedAdminPassword!;
      expect(generated).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(first.logLines.join('\n')).not.toContain(generated);
      const token = await adminToken(first, generated);
      const me = await first.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
      expect(me.body.mustChangePassword).toBe(true);
    } finally {
      await first.close();
    }
    const second = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { adminPassword: 'một-mật-khẩu-khác-hẳn' });
    try {
      expect(second.generatedAdminPassword).toBeUndefined();
      await adminToken(second, generated);
    } finally {
      await second.close();
    }
  });

  it('stores the password as an argon2id hash', async () => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ password_hash: string }>(`SELECT password_hash FROM gateway_user WHERE username = 'admin'`);
      expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      await pg.end();
    }
  });
});
