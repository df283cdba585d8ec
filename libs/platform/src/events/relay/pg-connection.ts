import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Settings for a dedicated connection to a service's own database (outside TypeORM's pool):
 * the relay holds its leader lock and its LISTEN on it, so it must never go back to a pool.
 */
export function dedicatedConnectionConfig(dataSource: DataSource, applicationName: string): ClientConfig {
  const o = dataSource.options as {
    url?: string;
    host?: string;
    port?: number;
    username?: string;
    password?: unknown;
    database?: string;
  };
  return {
    ...(o.url ? { connectionString: o.url } : { host: o.host, port: o.port, user: o.username, database: o.database }),
    ...(typeof o.password === 'string' ? { password: o.password } : {}),
    application_name: applicationName,
    connectionTimeoutMillis: 5_000,
  };
}
