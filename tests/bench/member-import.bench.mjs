#!/usr/bin/env node
// `npm run bench:import`: Excel import of BENCH_IMPORT_ROWS (100 000) members — the real parse and
// commit jobs (members.import-parse, members.import-commit) run by the real JobRunner on a fresh
// PostgreSQL database (lienthong_bench_import, recreated each run) with the file in an FsBlobStore.
// Measures: writing the file (not counted), parse + validate + stage + checks, commit in chunks
// (members, periods, cards, memberships, outbox facts), and the process's peak RSS sampled every 100 ms.
// Aim (issue 10 §5): parse + validate + commit ≤ 60 s, flat memory. Writes dist/bench/member-import.json.
//   BENCH_IMPORT_ROWS (100000), DATABASE_URL (server, default postgres://postgres@127.0.0.1:5432)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dbUrl, freshDatabase } from './support/database.mjs';
import { mb, sampleRss } from './support/memory.mjs';
import { registerTypeScript } from './support/typescript.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 100_000);
const DB_NAME = 'lienthong_bench_import';
const say = (line) => process.stdout.write(`${line}\n`);

const rss = sampleRss();

async function main() {
  registerTypeScript(repoRoot);
  const platform = require(join(repoRoot, 'libs/platform/src/index.ts'));
  const { createMembersDataSource } = require(join(repoRoot, 'services/members/src/database/data-source.ts'));
  const { seedDemoOrgs } = require(join(repoRoot, 'services/members/src/orgs/seed/seed-demo-orgs.ts'));
  const { parseImportJob, PARSE_IMPORT_JOB } = require(join(repoRoot, 'services/members/src/member-import/parse-import.job.ts'));
  const { commitImportJob, COMMIT_IMPORT_JOB } = require(join(repoRoot, 'services/members/src/member-import/commit-import.job.ts'));
  const { insertImport, markCommitting, findImport } = require(join(repoRoot, 'services/members/src/member-import/import-records.ts'));
  const { writeLargeWorkbook } = require(join(repoRoot, 'services/members/src/member-import/testing/import-workbooks.ts'));

  await freshDatabase(DB_NAME);
  const ds = createMembersDataSource(dbUrl(DB_NAME));
  await ds.initialize();
  await ds.runMigrations();
  await seedDemoOrgs(ds);
  const [org] = await ds.query(`SELECT id, path FROM org ORDER BY char_length(path) DESC, id LIMIT 1`);

  const work = mkdtempSync(join(tmpdir(), 'lt-bench-import-'));
  const file = join(work, 'import.xlsx');
  let t = performance.now();
  await writeLargeWorkbook(file, ROWS);
  say(`file: ${ROWS.toLocaleString('en')} rows, ${mb(statSync(file).size)} written in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted)`);
  const rssBefore = process.memoryUsage().rss;
  rss.peak = rssBefore;

  const blobs = new platform.FsBlobStore(join(work, 'blobs'));
  const logger = new platform.JsonLogger({ app: 'bench-import' }, 'error');
  const runner = new platform.JobRunner({ dataSource: ds, service: 'members', logger, settings: { pollIntervalMs: 50 } });
  runner.register(parseImportJob(ds, blobs));
  runner.register(commitImportJob(ds, new platform.OutboxWriter()));
  await runner.start();
  const actor = { type: 'user', id: 'bench', name: 'Bench' };
  const finished = async (run) => {
    for (;;) {
      const view = await runner.get(run.id);
      if (['succeeded', 'failed', 'cancelled'].includes(view.status) || view.error) return view;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const id = platform.uuidv7();
  t = performance.now();
  const blob = await blobs.put(`member-imports/${id}.xlsx`, createReadStream(file), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await insertImport(ds.manager, { id, orgId: org.id, orgPath: org.path, fileName: 'bench.xlsx', blob, language: 'vi', requestedBy: actor });
  const parseRun = await finished(await runner.enqueue(PARSE_IMPORT_JOB, { importId: id }, actor));
  const parseSeconds = (performance.now() - t) / 1000;
  const parsed = await findImport(ds.manager, id);
  if (parseRun.status !== 'succeeded') throw new Error(`parse did not succeed: ${parseRun.status} ${parseRun.error ?? ''}`);
  say(`parse + validate + checks: ${parseSeconds.toFixed(1)} s (${parseRun.status}${parseRun.error ? `: ${parseRun.error}` : ''}); parsed ${parsed.rowsParsed}, valid ${parsed.rowsValid}, invalid ${parsed.rowsInvalid}; peak RSS ${mb(rss.peak)}`);

  t = performance.now();
  await markCommitting(ds.manager, id);
  const commitRun = await finished(await runner.enqueue(COMMIT_IMPORT_JOB, { importId: id }, actor));
  const commitSeconds = (performance.now() - t) / 1000;
  const committed = await findImport(ds.manager, id);
  const [{ n: outbox }] = await ds.query(`SELECT count(*)::int AS n FROM outbox`);
  say(`commit: ${commitSeconds.toFixed(1)} s (${commitRun.status}${commitRun.error ? `: ${commitRun.error}` : ''}); ${committed.rowsCommitted} members, ${outbox} outbox facts`);
  const total = parseSeconds + commitSeconds;
  say(`total ${total.toFixed(1)} s (aim ≤ 60 s); peak RSS ${mb(rss.peak)} (before the import ${mb(rssBefore)}); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);

  await runner.stop();
  await ds.destroy();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(repoRoot, 'dist/bench'), { recursive: true });
  const result = { rows: ROWS, parseSeconds, commitSeconds, totalSeconds: total, peakRssBytes: rss.peak, rssBeforeBytes: rssBefore, loadavg: loadavg(), at: new Date().toISOString() };
  writeFileSync(join(repoRoot, 'dist/bench/member-import.json'), JSON.stringify(result, null, 2));
}

main()
  .catch((error) => {
    process.exitCode = 1;
    console.error(error);
  })
  .finally(() => rss.stop());
