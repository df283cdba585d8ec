#!/usr/bin/env node
// `npm test [-- <jest args>]`: finds PostgreSQL and NATS, starts an embedded PostgreSQL when
// there is none, runs the unit, integration and e2e projects, and drops this run's databases.
//   LT_TEST_PG_URL    admin URL of the server for test databases (default 127.0.0.1:5432)
//   LT_TEST_NATS_URL  NATS for the run (default nats://127.0.0.1:4222; in-process when absent)
//   REQUIRE_NATS=1    fail instead of falling back to the in-process transport (CI)
//   REQUIRE_BROWSER=1 fail instead of skipping the browser tests when Chromium is missing (CI)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, outDir, repoRoot } from './build-server.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { connect } = require('nats');

const JEST_WATCHDOG_MS = 30 * 60_000;
const requireNats = process.env.REQUIRE_NATS === '1';
const runId = (process.env.LT_TEST_RUN_ID ??= `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}`);

const say = (line) => process.stdout.write(`${line}\n`);

async function probePostgres(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    return String(rows[0].server_version).split(' ')[0];
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function probeNats(url) {
  try {
    const nc = await connect({ servers: url, timeout: 2_000, reconnect: false, name: 'lt-test-probe' });
    const version = nc.info?.version;
    const jetstream = nc.info?.jetstream === true;
    await nc.close();
    return { version, jetstream };
  } catch {
    return undefined;
  }
}

function hostOf(url) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('nats') ? 4222 : 5432)}`;
}

async function setUpPostgres() {
  const explicit = process.env.LT_TEST_PG_URL;
  const url = explicit || 'postgres://postgres@127.0.0.1:5432/postgres';
  const version = await probePostgres(url);
  if (version) return { url, label: `PostgreSQL ${version} at ${hostOf(url)}` };
  if (explicit) throw new Error(`LT_TEST_PG_URL=${explicit} is not reachable.`);
  say('PostgreSQL is not reachable at 127.0.0.1:5432: starting the embedded one…');
  const { EmbeddedPostgres } = require(join(outDir, 'services', 'standalone', 'src', 'postgres', 'embedded-postgres.js'));
  const server = await EmbeddedPostgres.start({ repoRoot, cluster: 'postgres-test', fast: true, onProgress: say });
  const short = server.layout.version.replace(/^(\d+\.\d+).*/, '$1');
  return { url: server.adminUrl, label: `embedded PostgreSQL ${short} at 127.0.0.1:${server.port}`, server };
}

async function setUpNats() {
  const explicit = process.env.LT_TEST_NATS_URL;
  const url = explicit || 'nats://127.0.0.1:4222';
  const found = await probeNats(url);
  if (found) return { url, label: `NATS ${found.version}${found.jetstream ? ' (JetStream)' : ''} at ${hostOf(url)}` };
  const why = `NATS is not reachable at ${hostOf(url)}`;
  if (requireNats) {
    throw new Error(`${why}, and REQUIRE_NATS=1. Start it (nats-server -a 127.0.0.1 -p 4222 -js) or unset REQUIRE_NATS to run over the in-process transport.`);
  }
  return { url: undefined, label: `in-process (${why})` };
}

async function adminQuery(adminUrl, sql, params) {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whatever this run's tests left behind (a crashed file), dropped concurrently: each DROP waits for a checkpoint. */
async function dropRunDatabases(adminUrl) {
  try {
    const prefix = `lt_test_${runId.toLowerCase()}_`;
    const rows = await adminQuery(adminUrl, 'SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    const names = rows.map((r) => r.datname).filter((name) => name.startsWith('lt_test_'));
    await Promise.all(names.map((name) => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
    if (names.length > 0) say(`Dropped ${names.length} leftover test database(s) of run ${runId}.`);
  } catch (error) {
    say(`Could not drop this run's test databases: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * JetStream on a machine is shared and keeps what it is given: delete every stream this run
 * created (names start with the run id, upper-cased: `<RUN>_…_MEMBERS_EVENTS`), their durable
 * consumers with them. Tests clean up after themselves too; this catches a crashed file.
 */
async function deleteRunStreams(natsUrl) {
  const prefix = runId.toUpperCase();
  let nc;
  try {
    nc = await connect({ servers: natsUrl, timeout: 2_000, reconnect: false, name: 'lt-test-cleanup' });
    const jsm = await nc.jetstreamManager();
    const names = [];
    for await (const info of jsm.streams.list()) if (info.config.name.startsWith(prefix)) names.push(info.config.name);
    await Promise.all(names.map((name) => jsm.streams.delete(name)));
    if (names.length > 0) say(`Deleted ${names.length} JetStream stream(s) of run ${runId}.`);
  } catch (error) {
    say(`Could not delete this run's JetStream streams: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await nc?.close().catch(() => undefined);
  }
}

const resultsFile = join(tmpdir(), `lt-jest-${runId}.json`);

/** The plain closing line CI reads: `N passed, N failed, N skipped` (jest's counts plus the browser tests'). */
function summary(browser = { passed: 0, failed: 0, skipped: 0 }) {
  try {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return `${r.numPassedTests + browser.passed} passed, ${r.numFailedTests + browser.failed} failed, ${r.numPendingTests + r.numTodoTests + browser.skipped} skipped`;
  } catch {
    return undefined;
  } finally {
    rmSync(resultsFile, { force: true });
  }
}

function runJest(args) {
  const selection = args.includes('--selectProjects') ? [] : ['--selectProjects', 'unit', 'integration', 'e2e'];
  const jest = join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
  const jestArgs = [jest, ...selection, '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...args];
  const child = spawn(process.execPath, jestArgs, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  const watchdog = setTimeout(() => {
    say(`jest did not finish within ${JEST_WATCHDOG_MS / 60_000} minutes: stopping it.`);
    child.kill('SIGTERM');
  }, JEST_WATCHDOG_MS);
  // Ctrl-C reaches jest directly (same process group); we wait for it, then clean up.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      process.off('SIGINT', ignore);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * The API contract check (scripts/openapi): openapi/v1.json and the SDK match the code, every
 * operation is documented, no breaking change. A few seconds, no database: run on a full run only.
 */
function checkApiContract(jestArgs) {
  if (jestArgs.length > 0) {
    say('openapi:check: skipped (jest arguments given; run `npm run openapi:check`)');
    return true;
  }
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'openapi', 'openapi.cjs'), 'check'], { cwd: repoRoot, stdio: 'inherit' });
  return result.status === 0;
}

/**
 * The SPA's browser tests (scripts/test-browser.mjs): Debian's Chromium against the standalone
 * build, after jest. Without Chromium they are skipped with a line saying so; REQUIRE_BROWSER=1
 * (CI) makes that a failure. Skipped when jest arguments select a part of the suite.
 */
function runBrowserTests(args) {
  if (args.length > 0) {
    say('browser tests: skipped (jest arguments given; run `npm run test:browser`)');
    return { ok: true, counts: undefined };
  }
  const file = join(tmpdir(), `lt-browser-${runId}.json`);
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'test-browser.mjs'), '--no-server-build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, LT_BROWSER_RESULTS: file },
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
  } finally {
    rmSync(file, { force: true });
  }
  return { ok: result.status === 0, counts };
}

async function main() {
  const started = Date.now();
  buildServer({ quiet: true });
  const contractOk = checkApiContract(process.argv.slice(2));
  let postgres;
  let nats;
  let exitCode = 1;
  try {
    postgres = await setUpPostgres();
    nats = await setUpNats();
    process.env.LT_TEST_PG_URL = postgres.url;
    if (nats.url) process.env.LT_TEST_NATS_URL = nats.url;
    else delete process.env.LT_TEST_NATS_URL;
    say('');
    say(`Test run ${runId}`);
    say(`  integration and e2e: ${postgres.label}; transport: ${nats.label}`);
    say('');
    exitCode = await runJest(process.argv.slice(2));
    if (!contractOk && exitCode === 0) exitCode = 1;
  } catch (error) {
    say(`npm test: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (nats?.url) await deleteRunStreams(nats.url);
    if (postgres) await dropRunDatabases(postgres.url);
    await postgres?.server?.stop();
  }
  const browser = runBrowserTests(process.argv.slice(2));
  if (!browser.ok && exitCode === 0) exitCode = 1;
  say(`npm test: ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const counts = summary(browser.counts);
  if (counts) say(counts);
  process.exit(exitCode);
}

await main();
