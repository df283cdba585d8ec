import { Client } from 'pg';
import { testEnv } from '../test-env';

/**
 * A database prefix unique to one test file of this run: `lt_test_<run>_<label>_<n>`.
 * The launcher appends `_gateway`, `_members`, … to it.
 */
export function testDatabasePrefix(label: string): string {
  const n = Math.floor(Math.random() * 1e6).toString(36);
  return `lt_test_${testEnv.runId()}_${label}_${n}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** Drops every database whose name starts with `prefix`; refuses any prefix but `lt_test_…`. */
export async function dropTestDatabases(prefix: string): Promise<string[]> {
  if (!/^lt_test_[a-z0-9_]+$/.test(prefix)) throw new Error(`Refusing to drop databases with prefix "${prefix}"`);
  const client = new Client({ connectionString: testEnv.pgAdminUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}
