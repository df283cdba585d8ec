#!/usr/bin/env node
// `npm run web:size`: builds the SPA and prints every JavaScript chunk's gzip size and the initial
// total — what the browser loads before the sign-in screen (the entry script and the chunks that
// index.html preloads). Fails when the initial total is over the budget (200 KiB gzip). Prints the
// last "first screen usable" timing of the browser tests when there is one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './build-server.mjs';

const BUDGET_KIB = 200;
const dist = join(repoRoot, 'dist', 'web');
const timingFile = join(repoRoot, 'tests', 'browser', 'artifacts', 'first-screen-timing.json');

if (!process.argv.includes('--no-build')) {
  const vite = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
    cwd: join(repoRoot, 'frontend', 'web'),
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(1);
}

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
const chunks = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
  .map((name) => {
    const bytes = readFileSync(join(dist, 'assets', name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(name) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

console.log('  gzip KiB    raw KiB  chunk');
for (const c of chunks) console.log(`${kib(c.gzip)}    ${kib(c.raw)}  ${c.initial ? '* ' : '  '}${c.name}`);
const initialJs = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
const allJs = chunks.filter((c) => c.name.endsWith('.js')).reduce((sum, c) => sum + c.gzip, 0);
console.log(`\n* initial JavaScript (before the sign-in screen): ${kib(initialJs).trim()} KiB gzip of a ${BUDGET_KIB} KiB budget`);
console.log(`  all JavaScript, every area: ${kib(allJs).trim()} KiB gzip`);
if (existsSync(timingFile)) {
  const t = JSON.parse(readFileSync(timingFile, 'utf8'));
  console.log(`  first screen usable (last browser test run): median ${t.medianMs} ms, max ${t.maxMs} ms (budget 2,000 ms)`);
} else {
  console.log('  first screen usable: run `npm run test:browser` to measure it');
}
if (initialJs > BUDGET_KIB * 1024) {
  console.log(`\nOver budget by ${kib(initialJs - BUDGET_KIB * 1024).trim()} KiB: split the sign-in path further.`);
  process.exit(1);
}
