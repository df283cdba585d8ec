import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  service: string;
  url: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
}

/**
 * One database per service. `synchronize` is off everywhere, tests included: the schema
 * comes only from the service's own migrations, recorded in its own table.
 */
export function createDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: `${options.service}_migrations`,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: `lienthong-${options.service}`,
      connectionTimeoutMillis: 5_000,
    },
  });
}
