#!/usr/bin/env node
// `npm run start:services`: one process per service plus the gateway, on the NATS and the
// PostgreSQL of the environment (as docker compose and Kubernetes run them).
//   NATS_URL        default nats://127.0.0.1:4222
//   DATABASE_URL    server URL, default postgres://postgres@127.0.0.1:5432; each service gets
//                   its own database `lienthong_<service>`, created when missing
//   AUTH_CONTEXT_PRIVATE_KEY, AUTH_CONTEXT_PUBLIC_KEYS   Ed25519 key pair (<kid>=<key>), generated for this run when not set
//   GATEWAY_JWT_SECRET   generated for this run when not set
//   PORT (gateway, default 3000), HOST (default 127.0.0.1), LOG_LEVEL, SEED_DEMO (default true)
// Any `<SERVICE>_<SETTING>` already in the environment wins over what is derived here.
// Ctrl-C stops the gateway first, then the services.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildServer, outDir, repoRoot } from './build-server.mjs';

const require = createRequire(import.meta.url);
const SERVICES = [
  { name: 'members', prefix: 'MEMBERS', port: 3101, color: 36 },
  { name: 'documents', prefix: 'DOCUMENTS', port: 3102, color: 33 },
  { name: 'finance', prefix: 'FINANCE', port: 3103, color: 32 },
  { name: 'resolutions', prefix: 'RESOLUTIONS', port: 3104, color: 35 },
];
const GATEWAY = { name: 'gateway', prefix: 'GATEWAY', color: 34 };
const READY_TIMEOUT_MS = 60_000;

const say = (line) => process.stdout.write(`[start:services] ${line}\n`);
const env = process.env;
const natsUrl = env.NATS_URL || 'nats://127.0.0.1:4222';
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';
const authContext = authContextKeys();
const jwtSecret = env.GATEWAY_JWT_SECRET || randomBytes(32).toString('base64url');
const logLevel = env.LOG_LEVEL || 'info';

function databaseUrl(service) {
  const url = new URL(serverUrl);
  url.pathname = `/lienthong_${service}`;
  return url.toString();
}

/**
 * The auth context key pair: from the environment, or a new one for this run (a context lives 60 s,
 * so nothing needs the key after the run). Only apps that sign get the private key.
 */
function authContextKeys() {
  if (env.AUTH_CONTEXT_PRIVATE_KEY || env.AUTH_CONTEXT_PUBLIC_KEYS) {
    return { privateKey: env.AUTH_CONTEXT_PRIVATE_KEY, publicKeys: env.AUTH_CONTEXT_PUBLIC_KEYS };
  }
  const pair = generateKeyPairSync('ed25519');
  return {
    privateKey: `run=${pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
    publicKeys: `run=${pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
  };
}

/** Members signs nothing; the gateway signs users' contexts, the others their org snapshot requests. */
const signs = (app) => app.name !== 'members';

/** The settings every service schema needs (see services/<svc>/src/config/<svc>.config.ts). */
function commonSettings(app) {
  return {
    DATABASE_URL: databaseUrl(app.name),
    NATS_URL: natsUrl,
    ...(env.NATS_SUBJECT_PREFIX ? { NATS_SUBJECT_PREFIX: env.NATS_SUBJECT_PREFIX } : {}),
    AUTH_CONTEXT_PUBLIC_KEYS: authContext.publicKeys,
    ...(signs(app) && authContext.privateKey ? { AUTH_CONTEXT_PRIVATE_KEY: authContext.privateKey } : {}),
    LOG_LEVEL: logLevel,
    MIGRATE_ON_BOOT: 'true',
  };
}

function settingsOf(app) {
  const settings = commonSettings(app);
  if (app === GATEWAY) {
    const webDistDir = join(repoRoot, 'dist', 'web');
    Object.assign(settings, {
      HTTP_PORT: env.PORT || '3000',
      HOST: env.HOST || '127.0.0.1',
      JWT_SECRET: jwtSecret,
      ...(env.LIENTHONG_ADMIN_PASSWORD ? { ADMIN_PASSWORD: env.LIENTHONG_ADMIN_PASSWORD } : {}),
      ...(existsSync(join(webDistDir, 'index.html')) ? { WEB_DIST_DIR: webDistDir } : {}),
    });
  } else {
    settings.HTTP_PORT = String(app.port);
    if (app.name === 'members') settings.SEED_DEMO = env.SEED_DEMO ?? 'true';
  }
  const out = {};
  for (const [key, value] of Object.entries(settings)) out[`${app.prefix}_${key}`] = env[`${app.prefix}_${key}`] ?? value;
  return out;
}

async function checkNats() {
  const { connect } = require('nats');
  try {
    const nc = await connect({ servers: natsUrl, timeout: 3_000, reconnect: false, name: 'start-services-probe' });
    await nc.close();
  } catch (error) {
    throw new Error(`NATS is not reachable at ${natsUrl} (${error.message}). Start nats-server or set NATS_URL; "npm start" needs no NATS.`);
  }
}

async function createDatabases() {
  const { ensureDatabase } = require(join(outDir, 'libs', 'platform', 'src'));
  for (const app of [...SERVICES, GATEWAY]) {
    const url = env[`${app.prefix}_DATABASE_URL`] ?? databaseUrl(app.name);
    try {
      await ensureDatabase(url);
    } catch (error) {
      throw new Error(`PostgreSQL: cannot prepare ${new URL(url).pathname.slice(1)} on ${new URL(url).host} (${error.message}). Set DATABASE_URL.`);
    }
  }
}

const children = new Map();
let stopping = false;

function launch(app) {
  const child = spawn(process.execPath, ['--enable-source-maps', join(outDir, 'services', app.name, 'src', 'main.js')], {
    env: { ...env, ...settingsOf(app) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: Ctrl-C reaches this script only, which stops the apps in order.
    detached: true,
  });
  const tag = `\x1b[${app.color}m${app.name.padEnd(11)}\x1b[0m│ `;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${tag}${line}\n`));
  }
  child.on('exit', (code, signal) => {
    children.delete(app.name);
    if (!stopping) {
      say(`${app.name} exited (${signal ?? code}): stopping the others`);
      void stopAll(1);
    }
  });
  children.set(app.name, child);
}

/** Ready = its liveness probe answers (services on their own port, the gateway under /api/v1). */
async function waitReady(app) {
  const settings = settingsOf(app);
  const port = settings[`${app.prefix}_HTTP_PORT`];
  const url = app === GATEWAY ? `http://127.0.0.1:${port}/api/v1/health/live` : `http://127.0.0.1:${port}/health/live`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!children.has(app.name)) throw new Error(`${app.name} exited during start`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${app.name} was not ready within ${READY_TIMEOUT_MS / 1000} s (${url})`);
}

async function stopOne(name) {
  const child = children.get(name);
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  say('stopping: gateway first, then the services');
  await stopOne(GATEWAY.name);
  await Promise.all(SERVICES.map((s) => stopOne(s.name)));
  say('stopped');
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
process.on('exit', () => {
  for (const child of children.values()) child.kill('SIGTERM');
});

try {
  buildServer({ quiet: true });
  await checkNats();
  await createDatabases();
  say(`NATS ${natsUrl}; PostgreSQL ${new URL(serverUrl).host} (databases lienthong_<service>)`);
  SERVICES.forEach(launch);
  await Promise.all(SERVICES.map(waitReady));
  launch(GATEWAY);
  await waitReady(GATEWAY);
  say(`ready: http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}/api/v1 — Ctrl-C stops everything`);
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  await stopAll(1);
}
