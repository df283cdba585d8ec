import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testEnv } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file. The name always starts with `lt_test_`, and
 * `drop` refuses any other name: tests can never touch a developer's or a real database.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `lt_test_${testEnv.runId()}_${label}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testEnv.pgAdminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (!name.startsWith('lt_test_')) throw new Error(`Refusing to drop ${name}`);
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testEnv.pgAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
