// Starts the real standalone build (dist/out/services/standalone/src/main.js, as `npm start` does)
// on a free port with a temporary data directory, and reads the generated admin password from the
// banner it prints once. The embedded PostgreSQL runs as the `postgres` user when we are root, so
// the temporary directory is made enterable by that user.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 120_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ repoRoot: string, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, adminPassword: string, stop: () => Promise<void>, output: () => string }>}
 */
export async function startStandalone({ repoRoot, log = () => undefined }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lt-browser-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const main = join(repoRoot, 'dist', 'out', 'services', 'standalone', 'src', 'main.js');
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LIENTHONG_DATA_DIR: dataDir,
      LIENTHONG_ADMIN_PASSWORD: '',
      LIENTHONG_DATABASE_URL: '',
      LIENTHONG_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`standalone did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
      const check = () => {
        if (/Password:\s+\S+/.test(output) && /Ctrl\+C/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', check);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`standalone exited (${code ?? signal}) before it was ready:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const adminPassword = /Password:\s+(\S+)/.exec(output)[1];
  log(`standalone ready on http://127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${dataDir})`);
  return { url: `http://127.0.0.1:${port}`, adminPassword, stop, output: () => output };
}
