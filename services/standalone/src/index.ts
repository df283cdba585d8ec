export { EmbeddedPostgres, type EmbeddedPostgresOptions } from './postgres/embedded-postgres';
export { resolvePostgresLayout, PostgresLayoutError, type PostgresLayout } from './postgres/postgres-layout';
export { SYSTEM_SERVICES, type SystemServiceName } from './system/service-catalog';
export { startSystem, type RunningSystem, type SystemOptions } from './system/start-system';
