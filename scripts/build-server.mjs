#!/usr/bin/env node
// Compiles libs/ and services/ to CommonJS in dist/out with SWC (decorator metadata on, as Nest
// needs), rewriting the `@lienthong/*` path aliases to relative requires so that the output runs
// with plain `node` — no bundler, no tsconfig-paths at run time. Tests are not compiled.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(repoRoot, 'dist', 'out');
const SOURCE_DIRS = ['libs', 'services'];
const IGNORED = ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/*.d.ts', '**/project.json'];

/** The repo's .swcrc plus absolute `baseUrl` and the aliases from tsconfig.base.json. */
function swcConfig() {
  const base = JSON.parse(readFileSync(join(repoRoot, '.swcrc'), 'utf8'));
  const { compilerOptions } = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'));
  return { ...base, jsc: { ...base.jsc, baseUrl: repoRoot, paths: compilerOptions.paths } };
}

export function buildServer({ quiet = false } = {}) {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'lt-swc-'));
  const configFile = join(work, 'swcrc.json');
  writeFileSync(configFile, JSON.stringify(swcConfig()));
  try {
    rmSync(outDir, { recursive: true, force: true });
    const swc = join(repoRoot, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
    const args = [swc, ...SOURCE_DIRS, '--out-dir', outDir, '--config-file', configFile, '--no-swcrc', '--copy-files', '--quiet'];
    for (const pattern of IGNORED) args.push('--ignore', pattern);
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    // @swc/cli prints a banner about its beta `swcx` on every run: keep only real output.
    const output = `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((line) => line.trim() && !/swcx|=====|Beta version|default command|give it a try/.test(line))
      .join('\n');
    if (result.status !== 0) {
      throw new Error(`SWC failed (exit ${result.status ?? result.signal}):\n${output}`);
    }
    if (output && !quiet) process.stderr.write(`${output}\n`);
    if (!quiet) process.stderr.write(`build: compiled libs/ and services/ to dist/out in ${Date.now() - started} ms\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildServer();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
