export * from './test-database';
export * from './test-env';
export * from './test-runtime';
export * from './postgres/drop-test-databases';
export * from './nats/nats-server-process';
export * from './nats/delete-test-streams';
export * from './org-replica-fixtures';
export * from './timing/test-time';
