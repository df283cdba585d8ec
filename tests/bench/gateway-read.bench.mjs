#!/usr/bin/env node
// `npm run bench`: an authenticated org read through gateway → NATS → members → PostgreSQL,
// against the same message served by the members service directly over HTTP (POST /rpc/<subject>,
// same verification, validation and query, no NATS, no gateway). Real processes, real NATS and
// PostgreSQL from the environment; median of BENCH_RUNS runs of BENCH_SECONDS each, at 1 and 50
// connections. Prints req/s, p50, p99 and the ratio; writes dist/bench/gateway-read.json.
//   DATABASE_URL (default postgres://postgres@127.0.0.1:5432), NATS_URL (default nats://127.0.0.1:4222)
//   BENCH_RUNS (5), BENCH_SECONDS (5), BENCH_CONNECTIONS ("1,50")
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildServer, outDir, repoRoot } from '../../scripts/build-server.mjs';
import { dbUrl, freshDatabase } from './support/database.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const env = process.env;
const natsUrl = env.NATS_URL || 'nats://127.0.0.1:4222';
const RUNS = Number(env.BENCH_RUNS || 5);
const SECONDS = Number(env.BENCH_SECONDS || 5);
const CONNECTIONS = (env.BENCH_CONNECTIONS || '1,50').split(',').map(Number);
const GATEWAY_PORT = 3290;
const MEMBERS_PORT = 3291;
const prefix = `bench${randomBytes(3).toString('hex')}`;
const adminPassword = `Bench-${randomBytes(9).toString('base64url')}`;
const children = [];

const say = (line) => process.stdout.write(`${line}\n`);
/** BENCH_PROFILE=gateway (or members) writes a V8 CPU profile of that process to dist/bench/. */
function launch(service, settings) {
  const profile = env.BENCH_PROFILE === service ? ['--cpu-prof', `--cpu-prof-dir=${join(repoRoot, 'dist', 'bench')}`] : [];
  const child = spawn(process.execPath, [...profile, join(outDir, 'services', service, 'src', 'main.js')], {
    env: { ...env, ...settings },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
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
  return new Promise((resolve, reject) => {
    autocannon({ ...options, duration: options.duration ?? SECONDS }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(label, makeOptions, connections) {
  await run({ ...makeOptions(), connections, duration: 2 }); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await run({ ...makeOptions(), connections });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
  return { label, connections, rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), runs };
}

async function main() {
  buildServer({ quiet: true });
  const { authContextFrom, generateAuthContextKeyPair, systemClaims } = require(join(outDir, 'libs', 'platform', 'src'));
  const keys = generateAuthContextKeyPair('bench');
  await freshDatabase('lt_bench_members');
  await freshDatabase('lt_bench_gateway');
  const common = (p) => ({ [`${p}_NATS_URL`]: natsUrl, [`${p}_NATS_SUBJECT_PREFIX`]: prefix, [`${p}_AUTH_CONTEXT_PUBLIC_KEYS`]: keys.publicKey, [`${p}_LOG_LEVEL`]: 'warn' });
  launch('members', {
    ...common('MEMBERS'),
    MEMBERS_DATABASE_URL: dbUrl('lt_bench_members'),
    MEMBERS_HTTP_PORT: String(MEMBERS_PORT),
    MEMBERS_SEED_DEMO: 'true',
    MEMBERS_DIRECT_RPC_HTTP: 'true',
  });
  await waitFor(`http://127.0.0.1:${MEMBERS_PORT}/health/ready`);
  launch('gateway', {
    ...common('GATEWAY'),
    GATEWAY_DATABASE_URL: dbUrl('lt_bench_gateway'),
    GATEWAY_HTTP_PORT: String(GATEWAY_PORT),
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_JWT_SECRET: randomBytes(32).toString('base64url'),
    GATEWAY_AUTH_CONTEXT_PRIVATE_KEY: keys.privateKey,
    GATEWAY_ADMIN_PASSWORD: adminPassword,
    // One admin token at full speed: far over the per-user limit (1,200/min). A high limit keeps
    // the limiter's bookkeeping in the measurement without answering 429.
    GATEWAY_RATE_LIMIT_PER_SUBJECT: env.GATEWAY_RATE_LIMIT_PER_SUBJECT || '1000000000',
  });
  await waitFor(`http://127.0.0.1:${GATEWAY_PORT}/api/v1/health/live`);

  const base = `http://127.0.0.1:${GATEWAY_PORT}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  }).then((r) => r.json());
  const authorization = `Bearer ${login.accessToken}`;
  const roots = await fetch(`${base}/orgs`, { headers: { authorization } }).then((r) => r.json());
  const orgId = roots.items[0].id;
  const check = await fetch(`${base}/orgs/${orgId}`, { headers: { authorization } });
  if (!check.ok) throw new Error(`GET /orgs/${orgId} answered ${check.status}`);

  const { signer } = authContextFrom({ authContextPublicKeys: keys.publicKey, authContextPrivateKey: keys.privateKey });
  const viaGateway = () => ({ url: `${base}/orgs/${orgId}`, headers: { authorization } });
  const direct = () => ({
    url: `http://127.0.0.1:${MEMBERS_PORT}/rpc/members.org.get`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Lt-Auth': signer.sign(systemClaims('bench')) },
    body: JSON.stringify({ id: orgId }),
  });

  const results = [];
  for (const connections of CONNECTIONS) {
    const d = await measure('direct HTTP → members → PG', direct, connections);
    const g = await measure('gateway → NATS → members → PG', viaGateway, connections);
    results.push({ connections, direct: d, gateway: g, ratio: g.rps / d.rps });
  }

  say(`\nGET one organisation, median of ${RUNS} × ${SECONDS} s (node ${process.version}, NATS ${natsUrl})`);
  say('connections  path                              req/s     p50 ms  p99 ms');
  for (const r of results) {
    for (const m of [r.direct, r.gateway]) {
      say(`${String(r.connections).padStart(11)}  ${m.label.padEnd(32)}  ${m.rps.toFixed(0).padStart(7)}  ${String(m.p50).padStart(6)}  ${String(m.p99).padStart(6)}`);
    }
    say(`${''.padStart(11)}  ratio gateway/direct: ${r.ratio.toFixed(2)}×`);
  }
  mkdirSync(join(repoRoot, 'dist', 'bench'), { recursive: true });
  writeFileSync(join(repoRoot, 'dist', 'bench', 'gateway-read.json'), JSON.stringify({ at: new Date().toISOString(), runs: RUNS, seconds: SECONDS, results }, null, 2));
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
