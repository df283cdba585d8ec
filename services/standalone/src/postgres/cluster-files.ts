import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostgresLayout } from './postgres-layout';

/** The superuser password of the cluster: made at initdb, kept beside it, readable by us only. */
export function readOrCreatePassword(layout: PostgresLayout, initialised: boolean): string {
  if (existsSync(layout.credentialsFile)) {
    const { password } = JSON.parse(readFileSync(layout.credentialsFile, 'utf8')) as { password?: string };
    if (password) return password;
  }
  if (initialised) {
    throw new Error(
      `${layout.credentialsFile} is missing, so the password of the embedded cluster in ${layout.dataDir} is unknown. ` +
        `Restore the file, or delete ${layout.dataDir} to start with an empty cluster.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(layout.credentialsFile, JSON.stringify({ user: 'postgres', password }), { mode: 0o600 });
  return password;
}

/** A one-shot password file that initdb (running as the postgres user) can read. */
export function writeInitdbPasswordFile(layout: PostgresLayout, password: string): { path: string; remove(): void } {
  const path = join(layout.root, `.initdb-${randomBytes(6).toString('hex')}`);
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  if (layout.runAs) chownSync(path, layout.runAs.uid, layout.runAs.gid);
  return { path, remove: () => rmSync(path, { force: true }) };
}

/** PG_VERSION says the data directory holds a cluster, and of which major version. */
export function clusterMajorVersion(dataDir: string): string | undefined {
  const file = join(dataDir, 'PG_VERSION');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** A postmaster that is still alive in this data directory (a previous run killed hard), if any. */
export function livePostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const cmdline = readCmdline(pid);
  if (cmdline !== undefined && !cmdline.includes('postgres')) return undefined;
  return { pid, port: Number(portLine) };
}

/** Which Node process owns the cluster right now (written at start, removed at stop). */
export function readOwner(layout: PostgresLayout): number | undefined {
  if (!existsSync(layout.ownerFile)) return undefined;
  const pid = Number(readFileSync(layout.ownerFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

export function writeOwner(layout: PostgresLayout): void {
  writeFileSync(layout.ownerFile, String(process.pid));
}

export function removeOwner(layout: PostgresLayout): void {
  if (readOwnerRaw(layout) === process.pid) rmSync(layout.ownerFile, { force: true });
}

function readOwnerRaw(layout: PostgresLayout): number | undefined {
  return existsSync(layout.ownerFile) ? Number(readFileSync(layout.ownerFile, 'utf8').trim()) : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readCmdline(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The last lines of the server log, to explain a failed start. */
export function logTail(file: string, lines = 20): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
