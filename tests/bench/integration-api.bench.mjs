#!/usr/bin/env node
// `npm run bench:integration`: what an integrating system pays, through real gateway and members
// processes over real NATS and PostgreSQL: POST /auth/token (client credentials), and POST /orgs
// without an Idempotency-Key, with a fresh key per request (claim + completion writes), and
// replayed (same key and body: answered from the gateway's table, no service call). Median of
// BENCH_RUNS runs of BENCH_SECONDS each at each of BENCH_CONNECTIONS; writes dist/bench/integration-api.json.
//   DATABASE_URL (default postgres://postgres@127.0.0.1:5432), NATS_URL (default nats://127.0.0.1:4222)
//   BENCH_RUNS (3), BENCH_SECONDS (5), BENCH_CONNECTIONS ("1,10")
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildServer, outDir, repoRoot } from '../../scripts/build-server.mjs';
import { dbUrl, freshDatabase } from './support/database.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const env = process.env;
const natsUrl = env.NATS_URL || 'nats://127.0.0.1:4222';
const RUNS = Number(env.BENCH_RUNS || 3);
const SECONDS = Number(env.BENCH_SECONDS || 5);
const CONNECTIONS = (env.BENCH_CONNECTIONS || '1,10').split(',').map(Number);
const GATEWAY_PORT = 3292;
const MEMBERS_PORT = 3293;
const prefix = `benchint${randomBytes(3).toString('hex')}`;
const adminPassword = `Bench-${randomBytes(9).toString('base64url')}`;
const children = [];

const say = (line) => process.stdout.write(`${line}\n`);
function launch(service, settings) {
  const child = spawn(process.execPath, [join(outDir, 'services', service, 'src', 'main.js')], { env: { ...env, ...settings }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
}

async function waitFor(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${url}`);
}

function run(options) {
  return new Promise((resolve, reject) => autocannon({ duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result))));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(label, makeOptions, connections) {
  await run({ ...makeOptions(), connections, duration: 1 }); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await run({ ...makeOptions(), connections });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
  return { label, connections, rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)) };
}

const json = (url, init) => fetch(url, init).then(async (r) => ({ status: r.status, body: await r.json() }));

async function main() {
  buildServer({ quiet: true });
  const { generateAuthContextKeyPair } = require(join(outDir, 'libs', 'platform', 'src'));
  const keys = generateAuthContextKeyPair('bench');
  await freshDatabase('lt_bench_int_members');
  await freshDatabase('lt_bench_int_gateway');
  const common = (p) => ({ [`${p}_NATS_URL`]: natsUrl, [`${p}_NATS_SUBJECT_PREFIX`]: prefix, [`${p}_AUTH_CONTEXT_PUBLIC_KEYS`]: keys.publicKey, [`${p}_LOG_LEVEL`]: 'warn' });
  launch('members', { ...common('MEMBERS'), MEMBERS_DATABASE_URL: dbUrl('lt_bench_int_members'), MEMBERS_HTTP_PORT: String(MEMBERS_PORT) });
  await waitFor(`http://127.0.0.1:${MEMBERS_PORT}/health/ready`);
  launch('gateway', {
    ...common('GATEWAY'),
    GATEWAY_DATABASE_URL: dbUrl('lt_bench_int_gateway'),
    GATEWAY_HTTP_PORT: String(GATEWAY_PORT),
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_JWT_SECRET: randomBytes(32).toString('base64url'),
    GATEWAY_AUTH_CONTEXT_PRIVATE_KEY: keys.privateKey,
    GATEWAY_ADMIN_PASSWORD: adminPassword,
    // Far over the default limits on purpose: the limiter's bookkeeping stays in, its 429s do not.
    GATEWAY_RATE_LIMIT_PER_SUBJECT: '1000000000',
    GATEWAY_RATE_LIMIT_PER_ADDRESS: '1000000000',
  });
  await waitFor(`http://127.0.0.1:${GATEWAY_PORT}/api/v1/health/live`);

  const base = `http://127.0.0.1:${GATEWAY_PORT}/api/v1`;
  const post = (path, body, headers = {}) => json(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const admin = `Bearer ${(await post('/auth/login', { username: 'admin', password: adminPassword })).body.accessToken}`;
  const root = await post('/orgs', { parentId: null, name: 'Đảng bộ Đo hiệu năng', shortName: 'DHN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-01' }, { authorization: admin });
  if (root.status !== 201) throw new Error(`POST /orgs answered ${root.status}`);
  const registered = await post('/api-clients', { name: 'Hệ thống đo hiệu năng', orgId: root.body.id, permissions: ['members:read', 'members:write'] }, { authorization: admin });
  const { clientId } = registered.body.client;
  const { clientSecret } = registered.body;
  const clientToken = `Bearer ${(await post('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret })).body.access_token}`;

  const tokenRequest = () => ({
    url: `${base}/auth/token`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  let n = 0;
  const orgBody = () => JSON.stringify({ parentId: root.body.id, name: `Chi bộ ${n}`, shortName: `B${(n++).toString(36)}${randomBytes(2).toString('hex')}`, kind: 'dang-bo-co-so', validFrom: '2025-01-01' });
  const createOrg = (withKey) => () => ({
    url: `${base}/orgs`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: clientToken },
    // A new body (unique short name) and key per request: autocannon calls setupRequest only inside `requests`.
    requests: [{ setupRequest: (req) => ({ ...req, body: orgBody(), headers: { ...req.headers, ...(withKey ? { 'idempotency-key': randomUUID() } : {}) } }) }],
  });
  const probe = await post('/orgs', JSON.parse(orgBody()), { authorization: clientToken });
  if (probe.status !== 201) throw new Error(`POST /orgs as the client answered ${probe.status} ${JSON.stringify(probe.body)}`);
  const replayKey = randomUUID();
  const replayBody = orgBody();
  const first = await post('/orgs', JSON.parse(replayBody), { authorization: clientToken, 'idempotency-key': replayKey });
  if (first.status !== 201) throw new Error(`replay seed answered ${first.status}`);
  const replay = () => ({ url: `${base}/orgs`, method: 'POST', headers: { 'content-type': 'application/json', authorization: clientToken, 'idempotency-key': replayKey }, body: replayBody });

  const results = [];
  for (const connections of CONNECTIONS) {
    results.push(await measure('POST /auth/token (client credentials)', tokenRequest, connections));
    results.push(await measure('POST /orgs, no Idempotency-Key', createOrg(false), connections));
    results.push(await measure('POST /orgs, a new Idempotency-Key each', createOrg(true), connections));
    results.push(await measure('POST /orgs, replayed (same key and body)', replay, connections));
  }
  say(`\nIntegration API, median of ${RUNS} × ${SECONDS} s (node ${process.version}, NATS ${natsUrl})`);
  say('connections  request                                      req/s   p50 ms  p99 ms');
  for (const m of results) say(`${String(m.connections).padStart(11)}  ${m.label.padEnd(42)}  ${m.rps.toFixed(0).padStart(6)}  ${String(m.p50).padStart(6)}  ${String(m.p99).padStart(6)}`);
  mkdirSync(join(repoRoot, 'dist', 'bench'), { recursive: true });
  writeFileSync(join(repoRoot, 'dist', 'bench', 'integration-api.json'), JSON.stringify({ at: new Date().toISOString(), runs: RUNS, seconds: SECONDS, results }, null, 2));
}

const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', stopAll);
main().then(
  () => {
    stopAll();
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
    stopAll();
    process.exit(1);
  },
);
