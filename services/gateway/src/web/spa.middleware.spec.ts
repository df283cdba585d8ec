import express from 'express';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { spaMiddleware } from './spa.middleware';

describe('spaMiddleware', () => {
  let dir: string;
  let app: express.Express;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lt-spa-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Liên Thông</title>');
    await writeFile(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    await writeFile(join(dir, 'favicon.svg'), '<svg/>');
    app = express();
    app.use(spaMiddleware(dir));
    app.use((_req, res) => void res.status(404).json({ code: 'COMMON.ROUTE_NOT_FOUND' }));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year as immutable', async () => {
    const res = await request(app).get('/assets/index-AbC123.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html and unhashed files on every visit', async () => {
    expect((await request(app).get('/favicon.svg').expect(200)).headers['cache-control']).toBe('no-cache');
    const page = await request(app).get('/to-chuc').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<title>Liên Thông</title>');
  });

  it('answers a missing hashed asset 404 instead of the page (an old tab asking for a chunk of a previous build)', async () => {
    await request(app).get('/assets/orgs-page-OLD.js').expect(404);
  });

  it('leaves /api and non-GET requests to the API', async () => {
    await request(app).get('/api/v1/nothing').expect(404, { code: 'COMMON.ROUTE_NOT_FOUND' });
    await request(app).post('/to-chuc').expect(404);
  });
});
