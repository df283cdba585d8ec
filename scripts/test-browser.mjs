#!/usr/bin/env node
// `npm run test:browser`: the SPA's browser tests (tests/browser/*.browser-test.mjs) in Debian's
// Chromium against the standalone build. Builds the server and the web app first (skip the server
// build with --no-server-build when the caller just did it). Without Chromium it says so and
// skips; REQUIRE_BROWSER=1 (CI) makes a missing Chromium a failure.
//   LT_CHROMIUM_PATH       another Chromium (default /usr/bin/chromium)
//   LT_BROWSER_RESULTS     write {passed, failed, skipped} there (npm test adds them to its total)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { buildServer, repoRoot } from './build-server.mjs';

const say = (line) => process.stdout.write(`${line}\n`);
const chromium = process.env.LT_CHROMIUM_PATH || '/usr/bin/chromium';
const resultsFile = process.env.LT_BROWSER_RESULTS;

function finish(counts, exitCode) {
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(counts));
  say(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(exitCode);
}

if (!existsSync(chromium)) {
  const why = `Browser tests: Chromium not found at ${chromium} (apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    say(`${why}, and REQUIRE_BROWSER=1: FAILED.`);
    finish({ passed: 0, failed: 1, skipped: 0 }, 1);
  }
  say(`${why}: SKIPPED.`);
  finish({ passed: 0, failed: 0, skipped: 1 }, 0);
}

if (!process.argv.includes('--no-server-build')) buildServer({ quiet: true });
say('Browser tests: building the web app (Vite)…');
const vite = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
  cwd: join(repoRoot, 'frontend', 'web'),
  stdio: 'inherit',
});
if (vite.status !== 0) {
  say('Browser tests: the web app did not build.');
  finish({ passed: 0, failed: 1, skipped: 0 }, 1);
}

const dir = join(repoRoot, 'tests', 'browser');
// `npm run test:browser -- members-screens`: only the files whose names contain one of the words given.
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.browser-test.mjs') && (wanted.length === 0 || wanted.some((word) => name.includes(word))))
  .map((name) => join(dir, name));
const counts = { passed: 0, failed: 0, skipped: 0 };
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', (event) => {
  if (event.details?.type === 'suite') return;
  if (event.skip || event.todo) counts.skipped++;
  else counts.passed++;
});
stream.on('test:fail', (event) => {
  if (event.details?.type === 'suite' && event.details?.error?.failureType === 'subtestsFailed') return;
  counts.failed++;
});
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  say(`Browser tests: screenshots in tests/browser/artifacts/`);
  finish(counts, counts.failed > 0 ? 1 : 0);
});
