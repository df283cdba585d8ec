import { InProcessTransport, type RpcServer } from '@lienthong/platform';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOpenApiDocument } from '../openapi/openapi-document';
import { serveFakeHealth } from '../testing/fake-health.responder';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

describe('gateway health, metrics, docs and the SPA', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let gateway: TestGateway;
  let webDir: string;
  const services: RpcServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('gateway_health');
    transport = new InProcessTransport();
    webDir = await mkdtemp(join(tmpdir(), 'lt-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Liên Thông</title>');
    await writeFile(join(webDir, 'app.js'), 'console.log("ok")');
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY, { webDistDir: webDir });
  });

  afterAll(async () => {
    await gateway?.close();
    await Promise.all(services.map((s) => s.stop()));
    await transport?.close();
    await db?.drop();
    await rm(webDir, { recursive: true, force: true });
  });

  it('is 503 with the report while a service is missing', async () => {
    services.push(serveFakeHealth(transport, 'members', TEST_AUTH_CONTEXT_KEY));
    services.push(serveFakeHealth(transport, 'documents', TEST_AUTH_CONTEXT_KEY));
    services.push(serveFakeHealth(transport, 'finance', TEST_AUTH_CONTEXT_KEY, 'down'));
    const res = await gateway.http().get('/api/v1/health').expect(503);
    expect(res.body).toEqual({
      status: 'down',
      checks: [
        { name: 'database', status: 'up' },
        { name: 'transport:in-process', status: 'up' },
        { name: 'members', status: 'up' },
        { name: 'documents', status: 'up' },
        { name: 'finance', status: 'down', detail: 'down: database' },
        { name: 'resolutions', status: 'down', detail: 'COMMON.SERVICE_UNAVAILABLE' },
      ],
    });
  });

  it('keeps this replica ready while a service is down: readiness checks only its own database and transport', async () => {
    await gateway.http().get('/api/v1/health').expect(503);
    await gateway.http().get('/api/v1/health/ready').expect(200, {
      status: 'up',
      checks: [
        { name: 'database', status: 'up' },
        { name: 'transport:in-process', status: 'up' },
      ],
    });
  });

  it('is 200 once every service answers up, without a token', async () => {
    await Promise.all(services.splice(2).map((s) => s.stop()));
    services.push(serveFakeHealth(transport, 'finance', TEST_AUTH_CONTEXT_KEY));
    services.push(serveFakeHealth(transport, 'resolutions', TEST_AUTH_CONTEXT_KEY));
    const res = await gateway.http().get('/api/v1/health').expect(200);
    expect(res.body.status).toBe('up');
    await gateway.http().get('/api/v1/health/live').expect(200, { status: 'up' });
  });

  it('exposes Prometheus metrics with the HTTP route patterns', async () => {
    await gateway.http().get('/api/v1/health/live').expect(200);
    const res = await gateway.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('lienthong_http_request_duration_seconds_count{app="gateway",method="GET",route="/api/v1/health/live",status="200"}');
  });

  it('serves the OpenAPI document with the bearer scheme and the permission of each operation', async () => {
    const res = await gateway.http().get('/api/docs-json').expect(200);
    const doc = res.body;
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/orgs', '/api/v1/orgs/{id}', '/api/v1/orgs/{id}/move', '/api/v1/health']),
    );
    expect(doc.paths['/metrics']).toBeUndefined();
    expect(doc.paths['/api/v1/orgs/{id}'].patch).toMatchObject({ 'x-permission': 'members:write', 'x-scope': 'subtree', security: [{ bearer: [] }] });
    expect(doc.paths['/api/v1/auth/login'].post.security).toBeUndefined();
    await gateway.http().get('/api/docs').redirects(1).expect(200).expect('content-type', /html/);
  });

  it('builds the same document without a database or a port', async () => {
    const served = (await gateway.http().get('/api/docs-json').expect(200)).body;
    expect(await generateOpenApiDocument()).toEqual(served);
  });

  it('serves the SPA and its client-side routes, but never answers /api with HTML', async () => {
    await gateway.http().get('/app.js').expect(200).expect('content-type', /javascript/);
    const page = await gateway.http().get('/to-chuc/123').expect(200).expect('content-type', /html/);
    expect(page.text).toContain('Liên Thông');
    const api = await gateway.http().get('/api/v1/khong-co').expect(404);
    expect(api.body.code).toBe('COMMON.ROUTE_NOT_FOUND');
  });
});
