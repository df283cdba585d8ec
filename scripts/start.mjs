#!/usr/bin/env node
// `npm start`: build the server (SWC, about a second), then run the standalone launcher.
// Signals are forwarded so that Ctrl-C shuts down in order; our exit code is the launcher's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildServer, outDir } from './build-server.mjs';

try {
  buildServer({ quiet: true });
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
