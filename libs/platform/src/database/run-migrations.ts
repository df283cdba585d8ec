import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../observability/logger';

/** A stable 64-bit advisory-lock key per service, so that replicas migrate one at a time. */
export function advisoryLockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(name).digest('hex').slice(0, 16))).toString();
}

/**
 * Runs pending migrations under a session-level advisory lock: when several replicas
 * boot at once, one migrates and the others wait, then find nothing to do.
 */
export async function runMigrations(dataSource: DataSource, service: string, logger: Logger): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  const key = advisoryLockKey(`migrations:${service}`);
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((m) => m.name);
    if (names.length > 0) logger.info('Migrations applied', { service, migrations: names });
    return names;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    await runner.release();
  }
}

export async function revertLastMigration(dataSource: DataSource, service: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const key = advisoryLockKey(`migrations:${service}`);
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    await runner.release();
  }
}
