import { execFileSync, spawnSync } from 'node:child_process';

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root we run it as `postgres` and create that
 * (system, no login, no home) user when the machine has none.
 */
export function ensurePostgresUser(): OsUser {
  const found = lookupUser('postgres');
  if (found) return found;
  const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
    encoding: 'utf8',
  });
  const user = lookupUser('postgres');
  if (!user) {
    throw new Error(
      `PostgreSQL cannot run as root and there is no "postgres" user; creating one failed: ${created.stderr || created.error?.message}`,
    );
  }
  return user;
}

function lookupUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command as `user` (or as ourselves) and tells whether it succeeded. */
export function succeedsAs(user: OsUser | undefined, command: string, args: string[], cwd = '/'): boolean {
  const result = spawnSync(command, args, { cwd, stdio: 'ignore', timeout: 10_000, ...(user ? { uid: user.uid, gid: user.gid } : {}) });
  return result.status === 0;
}

/** Can `user` walk into `dir` (execute permission on it and every parent)? */
export function canEnter(user: OsUser | undefined, dir: string): boolean {
  return succeedsAs(user, '/bin/sh', ['-c', 'cd "$1"', 'sh', dir]);
}
