#!/usr/bin/env node
// `npm run bench:changes`: GET /api/v1/changes through real gateway and members processes over
// real NATS and PostgreSQL, on a change_log of BENCH_CHANGES rows (written set-based straight into
// the gateway database, spread over 200 organisations of which the client's subtree owns 0.5 %).
// Measures one page (limit 200) from a cursor in the middle of the feed for the administrator
// (whole tree) and for an API client scoped to one org (narrow), and the time the narrow client
// needs to read the whole feed from the start. Writes dist/bench/change-feed.json.
//   DATABASE_URL (default postgres://postgres@127.0.0.1:5432), NATS_URL (default nats://127.0.0.1:4222)
//   BENCH_CHANGES (1000000), BENCH_RUNS (3), BENCH_SECONDS (5), BENCH_CONNECTIONS ("1,10")
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildServer, outDir, repoRoot } from '../../scripts/build-server.mjs';
import { dbUrl, freshDatabase } from './support/database.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { Client } = require('pg');

const env = process.env;
const natsUrl = env.NATS_URL || 'nats://127.0.0.1:4222';
const CHANGES = Number(env.BENCH_CHANGES || 1_000_000);
const RUNS = Number(env.BENCH_RUNS || 3);
const SECONDS = Number(env.BENCH_SECONDS || 5);
const CONNECTIONS = (env.BENCH_CONNECTIONS || '1,10').split(',').map(Number);
const GATEWAY_PORT = 3294;
const MEMBERS_PORT = 3295;
const prefix = `benchchg${randomBytes(3).toString('hex')}`;
const adminPassword = `Bench-${randomBytes(9).toString('base64url')}`;
const children = [];

const say = (line) => process.stdout.write(`${line}\n`);
function launch(service, settings) {
  const child = spawn(process.execPath, [join(outDir, 'services', service, 'src', 'main.js')], { env: { ...env, ...settings }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
}

async function waitFor(check, what) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${what}`);
}

function run(options) {
  return new Promise((resolve, reject) => autocannon({ duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result))));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(label, options, connections) {
  await run({ ...options, connections, duration: 1 }); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await run({ ...options, connections });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
  return { label, connections, rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)) };
}

const json = (url, init) => fetch(url, init).then(async (r) => ({ status: r.status, body: await r.json() }));
const cursorAt = (seq) => Buffer.from(`c1:${seq}`).toString('base64url');

/** N changes over 200 orgs under the root: org i owns rows with seq % 200 = i; the client's org is org 0 (0.5 %). */
async function fillChangeLog(gatewayDb, rootPath, narrowPath) {
  const db = new Client({ connectionString: gatewayDb });
  await db.connect();
  const started = Date.now();
  await db.query(`
    INSERT INTO change_log (event_id, type, record_id, version, action, occurred_at, owner_org_id, owner_path)
    SELECT gen_random_uuid(), CASE WHEN g % 3 = 0 THEN 'org' ELSE 'member' END, gen_random_uuid()::text, 1 + g % 5,
           CASE WHEN g % 5 = 0 THEN 'created' ELSE 'updated' END, now() - make_interval(secs => ($1 - g) / 100.0), NULL,
           CASE WHEN g % 200 = 0 THEN $2 || (g % 7)::text || '/' ELSE $3 || 'o' || (g % 200)::text || '/' END
    FROM generate_series(1, $1) AS g`, [CHANGES, narrowPath, rootPath]);
  await db.query('ANALYZE change_log');
  const { rows } = await db.query('SELECT min(seq)::text AS lo, max(seq)::text AS hi FROM change_log');
  await db.end();
  return { ...rows[0], fillSeconds: (Date.now() - started) / 1000 };
}

async function main() {
  buildServer({ quiet: true });
  const { generateAuthContextKeyPair } = require(join(outDir, 'libs', 'platform', 'src'));
  const keys = generateAuthContextKeyPair('bench');
  await freshDatabase('lt_bench_chg_members');
  await freshDatabase('lt_bench_chg_gateway');
  const common = (p) => ({ [`${p}_NATS_URL`]: natsUrl, [`${p}_NATS_SUBJECT_PREFIX`]: prefix, [`${p}_AUTH_CONTEXT_PUBLIC_KEYS`]: keys.publicKey, [`${p}_LOG_LEVEL`]: 'warn' });
  launch('members', { ...common('MEMBERS'), MEMBERS_DATABASE_URL: dbUrl('lt_bench_chg_members'), MEMBERS_HTTP_PORT: String(MEMBERS_PORT) });
  await waitFor(() => fetch(`http://127.0.0.1:${MEMBERS_PORT}/health/ready`).then((r) => r.ok), 'members');
  launch('gateway', {
    ...common('GATEWAY'),
    GATEWAY_DATABASE_URL: dbUrl('lt_bench_chg_gateway'),
    GATEWAY_HTTP_PORT: String(GATEWAY_PORT),
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_JWT_SECRET: randomBytes(32).toString('base64url'),
    GATEWAY_AUTH_CONTEXT_PRIVATE_KEY: keys.privateKey,
    GATEWAY_ADMIN_PASSWORD: adminPassword,
    GATEWAY_RATE_LIMIT_PER_SUBJECT: '1000000000',
    GATEWAY_RATE_LIMIT_PER_ADDRESS: '1000000000',
  });
  await waitFor(() => fetch(`http://127.0.0.1:${GATEWAY_PORT}/api/v1/health/live`).then((r) => r.ok), 'gateway');

  const base = `http://127.0.0.1:${GATEWAY_PORT}/api/v1`;
  const post = (path, body, headers = {}) => json(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const admin = `Bearer ${(await post('/auth/login', { username: 'admin', password: adminPassword })).body.accessToken}`;
  const root = (await post('/orgs', { parentId: null, name: 'Đảng bộ Đo hiệu năng', shortName: 'DHN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-01' }, { authorization: admin })).body;
  const unit = (await post('/orgs', { parentId: root.id, name: 'Đảng bộ Sở Nội vụ', shortName: 'SNV', kind: 'dang-bo-co-so', validFrom: '2025-01-01' }, { authorization: admin })).body;
  const registered = (await post('/api-clients', { name: 'Hệ thống Sở Nội vụ', orgId: unit.id, permissions: ['members:read'] }, { authorization: admin })).body;
  const client = `Bearer ${(await post('/auth/token', { grant_type: 'client_credentials', client_id: registered.client.clientId, client_secret: registered.clientSecret })).body.access_token}`;
  const gatewayDb = dbUrl('lt_bench_chg_gateway');
  const paths = async () => {
    const db = new Client({ connectionString: gatewayDb });
    await db.connect();
    const { rows } = await db.query('SELECT id, path FROM org_replica WHERE id = ANY($1)', [[root.id, unit.id]]);
    await db.end();
    return rows;
  };
  await waitFor(async () => (await paths()).length === 2, 'the two orgs in the gateway replica');
  const byId = Object.fromEntries((await paths()).map((r) => [r.id, r.path]));
  const fill = await fillChangeLog(gatewayDb, byId[root.id], byId[unit.id]);
  say(`change_log: ${CHANGES} rows written in ${fill.fillSeconds.toFixed(1)} s`);

  const middle = cursorAt(((BigInt(fill.lo) + BigInt(fill.hi)) / 2n).toString());
  const page = (auth) => ({ url: `${base}/changes?limit=200&since=${middle}`, headers: { authorization: auth } });
  const results = [];
  for (const connections of CONNECTIONS) {
    results.push(await measure('whole tree (admin), page of 200', page(admin), connections));
    results.push(await measure('one org, 0.5 % of rows (client), page', page(client), connections));
  }

  // The narrow client reads the whole feed from the start, as a first sync would.
  const started = Date.now();
  let since;
  let pages = 0;
  let items = 0;
  for (;;) {
    const res = await json(`${base}/changes?limit=200${since ? `&since=${since}` : ''}`, { headers: { authorization: client } });
    if (res.status !== 200) throw new Error(`GET /changes answered ${res.status}`);
    pages++;
    items += res.body.items.length;
    if (res.body.nextCursor === since) break;
    since = res.body.nextCursor;
  }
  const fullRead = { pages, items, seconds: (Date.now() - started) / 1000 };

  say(`\nChange feed on ${CHANGES} changes, median of ${RUNS} × ${SECONDS} s (node ${process.version})`);
  say('connections  request                                      req/s   p50 ms  p99 ms');
  for (const m of results) say(`${String(m.connections).padStart(11)}  ${m.label.padEnd(42)}  ${m.rps.toFixed(0).padStart(6)}  ${String(m.p50).padStart(6)}  ${String(m.p99).padStart(6)}`);
  say(`narrow client, whole feed from the start: ${fullRead.items} changes in ${fullRead.pages} pages, ${fullRead.seconds.toFixed(1)} s`);
  mkdirSync(join(repoRoot, 'dist', 'bench'), { recursive: true });
  writeFileSync(join(repoRoot, 'dist', 'bench', 'change-feed.json'), JSON.stringify({ at: new Date().toISOString(), changes: CHANGES, runs: RUNS, seconds: SECONDS, fill, results, fullRead }, null, 2));
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
