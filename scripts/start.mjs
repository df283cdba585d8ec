#!/usr/bin/env node
// `npm start`: build the server (SWC, about a second), then run the standalone launcher.
// Signals are forwarded so that Ctrl-C shuts down in order; our exit code is the launcher's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, outDir, repoRoot } from './build-server.mjs';

const webRoot = join(repoRoot, 'frontend', 'web');
const webIndex = join(repoRoot, 'dist', 'web', 'index.html');

/** Newest modification time under a folder (the web sources are a few dozen files). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The SPA is built by Vite into dist/web, which the gateway serves; rebuilt only when its sources changed. */
function buildWebIfStale() {
  if (existsSync(webIndex) && statSync(webIndex).mtimeMs >= newest(join(webRoot, 'src'))) return;
  process.stderr.write('Đang dựng giao diện web (Vite)… / building the web app…\n');
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: webRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web app did not build (see above); the API would still run: fix it or remove dist/web.');
}

try {
  buildServer({ quiet: true });
  buildWebIfStale();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--enable-source-maps', join(outDir, 'services', 'standalone', 'src', 'main.js')], {
  stdio: 'inherit',
});

// A terminal's Ctrl-C reaches the launcher directly too (same process group), and npm forwards
// signals as well: the launcher treats copies of one signal arriving together as one.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
});
