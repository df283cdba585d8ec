import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/** The connection settings of a postgres DataSource (TypeORM's credentials options). */
interface PostgresCredentials {
  url?: string;
  host?: string;
  port?: number;
  username?: string;
  password?: string | (() => string) | (() => Promise<string>);
  database?: string;
  ssl?: ClientConfig['ssl'];
}

/**
 * A connection of its own, outside the pool, for one run: it holds the run's session-level
 * advisory lock for as long as the run executes, and writes its heartbeat. If the process
 * dies, PostgreSQL ends the session and the lock is free at once; if the connection breaks,
 * the runner stops the run (it can no longer prove it owns it). Never returned to a pool, so
 * a lock can never leak into someone else's session.
 */
export async function openJobLockConnection(dataSource: DataSource, label: string): Promise<Client> {
  const options = dataSource.options as PostgresCredentials;
  const client = new Client({
    connectionString: options.url,
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    ssl: options.ssl,
    application_name: label.slice(0, 63),
    keepAlive: true,
    connectionTimeoutMillis: 5_000,
  });
  await client.connect();
  return client;
}

/** Ends a lock connection without waiting on a broken socket. */
export async function closeJobLockConnection(client: Client): Promise<void> {
  await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
}
