#!/usr/bin/env node
// `npm run bench:members`: the national-scale members benchmark (issue 8 §7). Generates, once per
// scale, a realistic national dataset in the database lienthong_bench_members through the members
// migrations (set-based, inside PostgreSQL: members-scale-data.mjs), then measures the members
// service's real query code in-process (ListMembersUseCase and MemberCountsUseCase resolved by Nest
// from MemberRecordsModule on a TypeORM DataSource, the code behind members.member.list / .counts without NATS), warm cache:
// name search without diacritics (unbounded and bounded by a đảng bộ), subtree pages (first and
// deep keyset pages, every depth), whole-đảng-bộ counts. Prints p50/p95/p99 against the aims and the
// EXPLAIN (ANALYZE, BUFFERS) plans of the cases that miss them; writes dist/bench/members-scale.json.
//   BENCH_SCALE (0.1; 1 = 5.5 M members in ≈ 220 k orgs), BENCH_RUNS (100), BENCH_WARMUP (5),
//   BENCH_REGENERATE=1 (drop and regenerate even if the scale matches), BENCH_EXPLAIN=1 (every plan),
//   DATABASE_URL (server, default postgres://postgres@127.0.0.1:5432), BENCH_DATABASE (lienthong_bench_members)
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from './members-scale-data.mjs';
import { measureAll, pickPlaces } from './members-scale-measure.mjs';
import { dbUrl } from './support/database.mjs';
import { registerTypeScript } from './support/typescript.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const env = process.env;
const SCALE = Number(env.BENCH_SCALE || 0.1);
const RUNS = Number(env.BENCH_RUNS || 100);
const WARMUP = Number(env.BENCH_WARMUP || 5);
const DB_NAME = env.BENCH_DATABASE || 'lienthong_bench_members';
/** Bump when the generator changes what it writes: a dataset of another version is regenerated. */
const GENERATOR_VERSION = 1;

const say = (line) => process.stdout.write(`${line}\n`);

async function prepareDatabase(pg, platform, createMembersDataSource) {
  const { Client } = pg;
  const admin = new Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rowCount > 0;
  let dataset = null;
  if (exists && env.BENCH_REGENERATE !== '1') {
    const probe = new Client({ connectionString: dbUrl(DB_NAME) });
    await probe.connect();
    dataset = await probe
      .query(`SELECT scale::float8 AS scale, members::int, orgs::int, load_seconds::float8 AS "loadSeconds", generated_at AS "generatedAt" FROM bench_dataset WHERE generator_version = $1`, [GENERATOR_VERSION])
      .then((r) => r.rows[0] ?? null, () => null);
    await probe.end();
    if (dataset && dataset.scale !== SCALE) dataset = null;
  }
  if (dataset) {
    await admin.end();
    say(`Dataset: reusing ${DB_NAME} (scale ${dataset.scale}: ${dataset.members.toLocaleString('en')} members, ${dataset.orgs.toLocaleString('en')} orgs, loaded in ${dataset.loadSeconds.toFixed(0)} s on ${new Date(dataset.generatedAt).toISOString()})`);
    // New members migrations (an index, a rebuilt table) apply to the kept data, then get the vacuum
    // a load would (visibility map for index-only scans, statistics), and a fresh pool (database settings).
    let ds = createMembersDataSource(dbUrl(DB_NAME));
    await ds.initialize();
    const applied = await ds.runMigrations();
    if (applied.length > 0) {
      say(`Dataset: applied ${applied.map((m) => m.name).join(', ')}; vacuum analyze`);
      await ds.query(`VACUUM (ANALYZE) org, party_member, member_name_key, member_count, member_org_membership`);
      await ds.destroy();
      ds = createMembersDataSource(dbUrl(DB_NAME));
      await ds.initialize();
    }
    return { ds, dataset };
  }
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  await admin.end();
  const ds = createMembersDataSource(dbUrl(DB_NAME));
  await ds.initialize();
  await ds.runMigrations();
  say(`Dataset: generating scale ${SCALE} in ${DB_NAME}`);
  const started = Date.now();
  const db = new Client({ connectionString: dbUrl(DB_NAME) });
  await db.connect();
  const { MEMBER_COUNT_BACKFILL } = require(join(repoRoot, 'services/members/src/database/migrations/1796500000000-member-counts.ts'));
  const { NAME_KEY_BACKFILL } = require(join(repoRoot, 'services/members/src/database/migrations/1796500000100-member-name-key-org-path.ts'));
  const backfills = [{ label: 'member counts (migration backfill)', sql: MEMBER_COUNT_BACKFILL }];
  const { members, orgs } = await generateDataset(db, { scale: SCALE, fold: platform.foldVietnamese, say, nameKeyBackfill: NAME_KEY_BACKFILL, backfills });
  const loadSeconds = (Date.now() - started) / 1000;
  await db.query(`CREATE TABLE bench_dataset (scale numeric NOT NULL, members bigint NOT NULL, orgs bigint NOT NULL, load_seconds numeric NOT NULL,
                    generator_version int NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`);
  await db.query(`INSERT INTO bench_dataset (scale, members, orgs, load_seconds, generator_version) VALUES ($1, $2, $3, $4, $5)`, [SCALE, members, orgs, loadSeconds, GENERATOR_VERSION]);
  await db.end();
  say(`Dataset: ${members.toLocaleString('en')} members, ${orgs.toLocaleString('en')} orgs loaded in ${loadSeconds.toFixed(0)} s`);
  // A fresh pool: connections opened before the migrations do not have the database's settings (jit).
  await ds.destroy();
  const measuring = createMembersDataSource(dbUrl(DB_NAME));
  await measuring.initialize();
  return { ds: measuring, dataset: { scale: SCALE, members, orgs, loadSeconds, generatedAt: new Date() } };
}

/** The folded names the generator wrote must be exactly what the application computes. */
async function checkFolding(ds, fold) {
  const rows = await ds.query(`SELECT full_name, full_name_folded FROM party_member TABLESAMPLE SYSTEM (1) LIMIT 5000`);
  const wrong = rows.filter((r) => fold(r.full_name) !== r.full_name_folded);
  if (wrong.length > 0) throw new Error(`folded names differ from foldVietnamese: ${JSON.stringify(wrong.slice(0, 3))}`);
  say(`Check: ${rows.length} sampled names fold exactly as foldVietnamese does`);
}

/** The members module as the service wires it (Nest DI), on the bench DataSource: the use cases get what they get in production. */
async function useCases(ds, { DATA_SOURCE, OutboxWriter }, MemberRecordsModule) {
  const { Global, Module } = require('@nestjs/common');
  const { NestFactory } = require('@nestjs/core');
  class BenchDatabaseModule {}
  Global()(BenchDatabaseModule);
  // What the service's app module provides globally (the outbox writer is only used by writes).
  Module({ providers: [{ provide: DATA_SOURCE, useValue: ds }, { provide: OutboxWriter, useValue: new OutboxWriter() }], exports: [DATA_SOURCE, OutboxWriter] })(
    BenchDatabaseModule,
  );
  class BenchModule {}
  Module({ imports: [BenchDatabaseModule, MemberRecordsModule] })(BenchModule);
  return NestFactory.createApplicationContext(BenchModule, { logger: ['error'], abortOnError: false });
}

/** Đảng số from the counter table equal the members the list would walk, for the root and a sample of orgs at every depth. */
async function checkCounts(ds, countsUseCase, ctx) {
  const orgs = await ds.query(`(SELECT id, path FROM org WHERE depth = 0) UNION ALL (SELECT id, path FROM org TABLESAMPLE SYSTEM (1) LIMIT 40)`);
  for (const org of orgs) {
    const counted = await countsUseCase.execute({ orgId: org.id }, ctx);
    const rows = await ds.query(`SELECT status, count(*)::int AS n FROM party_member WHERE org_path >= $1 AND org_path < $1 || '~' GROUP BY status`, [org.path]);
    for (const [status, n] of Object.entries(counted.byStatus)) {
      const listed = rows.find((r) => r.status === status)?.n ?? 0;
      if (listed !== n) throw new Error(`counts differ from the roll for org ${org.id} (${org.path}), ${status}: counted ${n}, listed ${listed}`);
    }
  }
  say(`Check: đảng số of ${orgs.length} orgs (the root and a sample at every depth) equal their rolls, status by status`);
}

/** A TypeORM logger that keeps the queries of the latest call, to EXPLAIN them as they were sent. */
function queryCapture(ds) {
  const capture = {
    queries: [],
    lastItems: null,
    logQuery: (query, parameters) => capture.queries.push({ query, parameters }),
    logQueryError() {},
    logQuerySlow() {},
    logSchemaBuild() {},
    logMigration() {},
    log() {},
    async explainLast() {
      const plans = [];
      for (const { query, parameters } of capture.queries.filter((q) => /party_member/.test(q.query))) {
        const rows = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters);
        plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      return plans.join('\n--\n');
    },
  };
  return capture;
}

async function main() {
  registerTypeScript(repoRoot);
  const pg = require('pg');
  const platform = require(join(repoRoot, 'libs/platform/src/index.ts'));
  const { encodeCursor } = platform;
  const { createMembersDataSource } = require(join(repoRoot, 'services/members/src/database/data-source.ts'));
  const { MemberRecordsModule } = require(join(repoRoot, 'services/members/src/members/member-records.module.ts'));
  const { ListMembersUseCase } = require(join(repoRoot, 'services/members/src/members/use-cases/list-members.use-case.ts'));
  const { MemberCountsUseCase } = require(join(repoRoot, 'services/members/src/members/use-cases/member-counts.use-case.ts'));

  const { ds, dataset } = await prepareDatabase(pg, platform, createMembersDataSource);
  try {
    await checkFolding(ds, platform.foldVietnamese);
    const app = await useCases(ds, platform, MemberRecordsModule);
    const listUseCase = app.get(ListMembersUseCase);
    const countsUseCase = app.get(MemberCountsUseCase);
    const capture = queryCapture(ds);
    ds.logger = capture;
    const list = async (request, ctx) => {
      capture.queries = [];
      const page = await listUseCase.execute(request, ctx);
      capture.lastItems = page.items.length;
      return page;
    };
    const counts = async (request, ctx) => {
      capture.queries = [];
      const result = await countsUseCase.execute(request, ctx);
      capture.lastItems = result.onRoll;
      return result;
    };
    const now = Math.floor(Date.now() / 1000);
    const auth = { actor: { kind: 'system', id: 'bench' }, roles: [], permissions: ['*'], scopeOrgId: null, clearance: 9, correlationId: 'bench', iat: now, exp: now + 3600 };
    const ctx = { auth, correlationId: 'bench', language: 'vi' };
    await checkCounts(ds, countsUseCase, ctx);
    const places = await pickPlaces(ds);
    const cursorAt = async (org, fraction) => {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM party_member WHERE org_path >= $1 AND org_path < $1 || '~'`, [org.path]);
      const [row] = await ds.query(
        `SELECT org_path, full_name_folded, id FROM party_member WHERE org_path >= $1 AND org_path < $1 || '~'
          ORDER BY org_path, full_name_folded, id OFFSET $2 LIMIT 1`,
        [org.path, Math.floor(n * fraction)],
      );
      return encodeCursor(['org', row.org_path, row.full_name_folded, row.id]);
    };
    const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
    const loadBefore = load();
    say(`Measuring (in-process use cases, warm cache, ${WARMUP} warm-up + ${RUNS} runs each, page size 50; load average ${loadBefore} on ${cpus().length} cores):`);
    const floor = async () => {
      capture.queries = [];
      await ds.query('SELECT 1');
    };
    const results = await measureAll({ list, counts, floor, ctx, places, cursorAt, capture, explain: env.BENCH_EXPLAIN === '1', warmup: WARMUP, runs: RUNS, say });
    say(`Load average after: ${load()}`);
    const missed = results.filter((r) => !r.met && r.group !== 'floor' && !/whole tree/.test(r.label));
    say(missed.length === 0 ? 'All aims met.' : `${missed.length} case(s) missed their aim (plans above).`);
    const outDir = join(repoRoot, 'dist', 'bench');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'members-scale.json'), `${JSON.stringify({ dataset, runs: RUNS, warmup: WARMUP, loadBefore, loadAfter: load(), results }, null, 2)}\n`);
    await app.close();
  } finally {
    await ds.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
