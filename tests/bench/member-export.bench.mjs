#!/usr/bin/env node
// `npm run bench:export`: the 7-HSĐV member list of BENCH_EXPORT_ROWS (100 000) members to .xlsx — the
// members service's real export (exportMemberList: keyset pages of the subtree index, exceljs's
// streaming writer) into an FsBlobStore, as the RPC handler does, on a fresh PostgreSQL database
// (lienthong_bench_export, recreated each run, the members migrations). The dataset is generated
// set-based (INSERT … SELECT generate_series: members spread over the demo org tree's chi bộ, one
// admission period each). Measures the export's wall time and the process's peak RSS sampled every
// 100 ms; reads the file back with exceljs's streaming reader to count the rows. Then the badge list of
// the whole tree at an occasion (BENCH_EXPORT_OCCASION, default 2027-02-03): every member examined by the
// badge rule, the proposals written as the badge-list export does. Then the same list through the
// background-export path (issue 10 §2): an export recorded with its estimate (member_count, as POST
// /member-exports does), its job members.export.run run by the real JobRunner, polled until succeeded
// (the progress samples counted), then its file streamed from the blob store as GET
// /member-exports/{id}/file does — create → succeeded → downloaded timed.
// Aim (issue 10 §5): ≤ 30 s for 100 000 rows, flat memory. Writes dist/bench/member-export.json.
//   BENCH_EXPORT_ROWS (100000), DATABASE_URL (server, default postgres://postgres@127.0.0.1:5432)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbUrl, freshDatabase } from './support/database.mjs';
import { mb, sampleRss } from './support/memory.mjs';
import { registerTypeScript } from './support/typescript.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_EXPORT_ROWS || 100_000);
const DB_NAME = 'lienthong_bench_export';
const say = (line) => process.stdout.write(`${line}\n`);
let MEMBER_COUNT_BACKFILL;

const rss = sampleRss();

/** ROWS members over the chi bộ of the tree (round robin), with one admission period each: set-based. */
async function generateMembers(ds, rows) {
  await ds.query(`SET session_replication_role = replica`); // no per-row triggers (counts, name keys): not read by the export
  await ds.query(
    `WITH cells AS (SELECT id, path, (row_number() OVER (ORDER BY path) - 1)::int AS k, count(*) OVER ()::int AS n FROM org WHERE kind LIKE 'chi-bo%')
     INSERT INTO party_member (id, full_name, full_name_folded, birth_name, aliases, sex, date_of_birth, place_of_birth, home_town, citizen_id,
                               occupation, education, qualifications, political_theory, languages, history_number, status, status_since,
                               first_admission_date, party_age_since, card_number, org_id, org_path, version, created_at, updated_at)
     SELECT gen_random_uuid(), f || ' Văn Thử ' || i, lower(ff) || ' van thu ' || i, NULL, '{}', CASE WHEN i % 3 = 0 THEN 'female' ELSE 'male' END,
            adm - (20 + i % 40) * 365, 'Xã Quỳnh Hồng, tỉnh Nghệ An', 'Phường Trúc Bạch, Hà Nội', lpad(i::text, 12, '0'),
            'Chuyên viên', '12/12', 'Cử nhân Luật', (ARRAY['so-cap','trung-cap','cao-cap'])[1 + i % 3], ARRAY['Tiếng Anh B'],
            lpad(i::text, 6, '0') || 'HN', CASE WHEN i % 97 = 0 THEN 'transferred-out' ELSE 'official' END,
            adm + 365 + (i % 700), adm, adm, lpad(i::text, 8, '0'),
            c.id, c.path, 1, now(), now()
       FROM generate_series(1, $1::int) AS g(i)
       JOIN cells c ON c.k = g.i % c.n
       CROSS JOIN LATERAL (SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng'])[1 + i % 5] AS f, (ARRAY['Nguyen','Tran','Le','Pham','Hoang'])[1 + i % 5] AS ff,
                                  date '1975-01-01' + (i % 15000) AS adm) AS names`,
    [rows],
  );
  await ds.query(
    `INSERT INTO member_period (member_id, seq, admission_decision_date, ceremony_date, recognition_date)
     SELECT id, 1, first_admission_date, first_admission_date + 14, first_admission_date + 365 FROM party_member`,
  );
  await ds.query(`SET session_replication_role = DEFAULT`);
  await ds.query(`DELETE FROM member_count`);
  await ds.query(MEMBER_COUNT_BACKFILL); // the triggers were off: the counts a background export's estimate reads
  await ds.query(`ANALYZE party_member; ANALYZE member_period; ANALYZE member_count`);
}

/**
 * The background-export path for the whole tree: record the export (estimate from member_count), run its
 * job on a JobRunner, poll it until succeeded, then stream its file out of the blob store. Answers the timings.
 */
async function exportThroughJob(ds, platform, blobs, root) {
  const { runMemberExportJob, RUN_MEMBER_EXPORT_JOB } = require(join(repoRoot, 'services/members/src/member-export-jobs/run-member-export.job.ts'));
  const { insertExport, findExport } = require(join(repoRoot, 'services/members/src/member-export-jobs/member-export-records.ts'));
  const { subtreeMemberCount } = require(join(repoRoot, 'services/members/src/member-export/export-size.ts'));
  const runner = new platform.JobRunner({ dataSource: ds, service: 'members', logger: new platform.JsonLogger({ app: 'bench-export' }, 'error'), settings: { pollIntervalMs: 50 } });
  runner.register(runMemberExportJob(ds, blobs));
  await runner.start();
  const actor = { type: 'user', id: platform.uuidv7(), name: 'Bench' };
  const id = platform.uuidv7();
  const started = performance.now();
  const totalEstimate = await subtreeMemberCount(ds.manager, root.path);
  await insertExport(ds.manager, { id, kind: 'member-list', orgId: root.id, orgPath: root.path, params: {}, totalEstimate, requestedBy: actor, language: 'vi' });
  await runner.enqueue(RUN_MEMBER_EXPORT_JOB, { exportId: id }, actor, { ownerOrgId: root.id });
  const progress = new Set();
  let view = await findExport(ds.manager, id);
  while (view.status === 'queued' || view.status === 'running') {
    if (view.status === 'running' && view.rowsWritten > 0) progress.add(view.rowsWritten);
    await new Promise((r) => setTimeout(r, 100));
    view = await findExport(ds.manager, id);
  }
  const writtenAt = performance.now();
  await runner.stop();
  if (view.status !== 'succeeded') throw new Error(`the export job ended ${view.status}: ${JSON.stringify(view.error)}`);
  let bytes = 0;
  for await (const chunk of await blobs.get(view.blobKey)) bytes += chunk.length;
  const downloadedAt = performance.now();
  return {
    rows: view.rowsWritten,
    totalEstimate,
    progressSamples: progress.size,
    fileBytes: bytes,
    jobSeconds: (writtenAt - started) / 1000,
    downloadSeconds: (downloadedAt - writtenAt) / 1000,
    totalSeconds: (downloadedAt - started) / 1000,
  };
}

async function countRows(file) {
  const ExcelJS = require('exceljs');
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    // eslint-disable-next-line no-unused-vars -- only counted
    for await (const row of sheet) rows += 1;
  }
  return rows;
}

async function main() {
  registerTypeScript(repoRoot);
  const platform = require(join(repoRoot, 'libs/platform/src/index.ts'));
  const { createMembersDataSource } = require(join(repoRoot, 'services/members/src/database/data-source.ts'));
  const { seedDemoOrgs } = require(join(repoRoot, 'services/members/src/orgs/seed/seed-demo-orgs.ts'));
  const { exportMemberList } = require(join(repoRoot, 'services/members/src/member-export/member-list-export.ts'));
  const { writeBlob } = require(join(repoRoot, 'services/members/src/member-export/blob-output.ts'));
  const { writeBadgeListXlsx } = require(join(repoRoot, 'services/members/src/member-export/badge-list-xlsx.ts'));
  const { findBadgeCandidates } = require(join(repoRoot, 'services/members/src/badges/badge-candidate-finder.ts'));
  ({ MEMBER_COUNT_BACKFILL } = require(join(repoRoot, 'services/members/src/database/migrations/1796500000000-member-counts.ts')));

  await freshDatabase(DB_NAME);
  const ds = createMembersDataSource(dbUrl(DB_NAME));
  await ds.initialize();
  await ds.runMigrations();
  await seedDemoOrgs(ds);
  let t = performance.now();
  await generateMembers(ds, ROWS);
  const [root] = await ds.query(`SELECT id, name, path FROM org WHERE parent_id IS NULL ORDER BY path LIMIT 1`);
  const [{ n: inTree }] = await ds.query(`SELECT count(*)::int AS n FROM party_member WHERE org_path >= $1 AND org_path < $1 || '~'`, [root.path]);
  say(`dataset: ${inTree.toLocaleString('en')} members under ${root.name}, generated in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted)`);

  const work = mkdtempSync(join(tmpdir(), 'lt-bench-export-'));
  const blobs = new platform.FsBlobStore(join(work, 'blobs'));
  const rssBefore = process.memoryUsage().rss;
  rss.peak = rssBefore;
  t = performance.now();
  const { ref, result: written } = await writeBlob(blobs, 'member-exports/bench.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (out) =>
    exportMemberList(ds.manager, root.path, root.name, out),
  );
  const seconds = (performance.now() - t) / 1000;
  const exportPeak = rss.peak;
  const file = join(work, 'blobs', 'member-exports', 'bench.xlsx');
  say(`export: ${written.toLocaleString('en')} members in ${seconds.toFixed(1)} s (aim ≤ 30 s), ${mb(ref.size)} file; peak RSS ${mb(exportPeak)} (before the export ${mb(rssBefore)})`);
  const rowsInFile = await countRows(file);
  const ok = rowsInFile === written + 3 && written === inTree;
  say(`read back: ${rowsInFile.toLocaleString('en')} rows in the sheet (${written.toLocaleString('en')} members + title, header, column numbers) — ${ok ? 'ok' : 'MISMATCH'}; file ${mb(statSync(file).size)}`);

  // The badge list of the whole tree at an occasion (every member examined by the badge rule), as the export writes it.
  const occasion = process.env.BENCH_EXPORT_OCCASION || '2027-02-03';
  async function* candidates() {
    let after;
    for (;;) {
      const found = await findBadgeCandidates(ds.manager, { path: root.path, occasion }, after, 500, 'vi');
      yield found.items;
      if (!found.next) return;
      after = found.next;
    }
  }
  rss.peak = process.memoryUsage().rss;
  t = performance.now();
  const badges = await writeBlob(blobs, 'member-exports/bench-badges.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (out) =>
    writeBadgeListXlsx({ orgName: root.name, occasion, occasionName: 'bench' }, candidates(), out),
  );
  const badgeSeconds = (performance.now() - t) / 1000;
  say(`badge list at ${occasion}: ${badges.result.toLocaleString('en')} proposals from ${inTree.toLocaleString('en')} members in ${badgeSeconds.toFixed(1)} s, ${mb(badges.ref.size)} file; peak RSS ${mb(rss.peak)}`);

  const badgePeak = rss.peak;
  rss.peak = process.memoryUsage().rss;
  const job = await exportThroughJob(ds, platform, blobs, root);
  const jobPeak = rss.peak;
  const jobOk = job.rows === inTree && job.totalEstimate === inTree;
  say(
    `background export (create → succeeded → downloaded): ${job.rows.toLocaleString('en')} rows (estimate ${job.totalEstimate.toLocaleString('en')}${jobOk ? '' : ' — MISMATCH'}) ` +
      `written by the job in ${job.jobSeconds.toFixed(1)} s (${job.progressSamples} progress values seen while polling every 100 ms), ` +
      `${mb(job.fileBytes)} streamed out in ${job.downloadSeconds.toFixed(1)} s; total ${job.totalSeconds.toFixed(1)} s; peak RSS ${mb(jobPeak)}`,
  );
  say(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);

  await ds.destroy();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(repoRoot, 'dist/bench'), { recursive: true });
  const result = {
    rows: written,
    seconds,
    fileBytes: ref.size,
    peakRssBytes: exportPeak,
    badgeRows: badges.result,
    badgeSeconds,
    badgePeakRssBytes: badgePeak,
    job: { ...job, peakRssBytes: jobPeak },
    rssBeforeBytes: rssBefore,
    loadavg: loadavg(),
    at: new Date().toISOString(),
  };
  writeFileSync(join(repoRoot, 'dist/bench/member-export.json'), JSON.stringify(result, null, 2));
  if (!ok || !jobOk) process.exitCode = 1;
}

main()
  .catch((error) => {
    process.exitCode = 1;
    console.error(error);
  })
  .finally(() => rss.stop());
