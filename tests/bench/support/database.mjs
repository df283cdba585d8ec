// The benches' PostgreSQL: the server from DATABASE_URL (default postgres://postgres@127.0.0.1:5432),
// a database on it by name, recreated empty for a run.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';

/** The URL of the database `name` on the bench's server. */
export const dbUrl = (name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

/** Drops the database `name` (closing its connections) and creates it again, empty. */
export async function freshDatabase(name) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}
