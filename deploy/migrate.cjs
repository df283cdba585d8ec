#!/usr/bin/env node
'use strict';
// Migration-only entry: `node deploy/migrate.cjs <service>` (in the image: `IMAGE migrate`).
// Reads <SERVICE>_DATABASE_URL and <SERVICE>_LOG_LEVEL through the service's own config schema,
// runs its migrations with the platform's runMigrations (session advisory lock per service, so
// replicas and init containers that start together migrate one at a time), then exits:
// 0 = applied or nothing to do, 1 = failed (the init container fails and the rollout stops).
// It needs neither NATS nor the service's secrets, and opens no port.
const path = require('node:path');

const distDir = process.env.LT_DIST_DIR || path.resolve(__dirname, '..', 'dist', 'out');
const service = process.argv[2] || process.env.LT_APP || '';

function fail(message) {
  process.stderr.write(`migrate: ${message}\n`);
  process.exit(1);
}

if (!/^[a-z]+$/.test(service) || service === 'standalone') {
  fail('usage: migrate.cjs <gateway|members|documents|finance|resolutions>');
}

function load(relative) {
  try {
    return require(path.join(distDir, relative));
  } catch (error) {
    return fail(`cannot load ${relative} from ${distDir} (run \`npm run build\` first?): ${error.message}`);
  }
}

/** The one export of `module` whose name matches `pattern` (data-source factory, config schema). */
function single(module, pattern, what) {
  const found = Object.entries(module).filter(([name]) => pattern.test(name));
  if (found.length !== 1) fail(`expected one ${what} export, found ${found.map(([n]) => n).join(', ') || 'none'}`);
  return found[0][1];
}

async function main() {
  const platform = load('libs/platform/src/index.js');
  const createDataSource = single(load(`services/${service}/src/database/data-source.js`), /^create\w+DataSource$/, 'create…DataSource');
  const schema = single(load(`services/${service}/src/config/${service}.config.js`), /ConfigSchema$/, '…ConfigSchema');
  const prefix = service.toUpperCase();
  let config;
  try {
    config = platform.loadConfig(prefix, schema.pick({ databaseUrl: true, logLevel: true }));
  } catch (error) {
    return fail(error.message);
  }
  const logger = new platform.JsonLogger({ app: service, task: 'migrate' }, config.logLevel);
  const dataSource = createDataSource(config.databaseUrl);
  const started = Date.now();
  await dataSource.initialize();
  try {
    const applied = await platform.runMigrations(dataSource, service, logger);
    logger.info('Migrations done', { service, applied: applied.length, migrations: applied, ms: Date.now() - started });
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  // A PostgreSQL error (it has a SQLSTATE code) says enough in its message; anything else gets its stack.
  (error) => fail(error instanceof Error ? (error.code ? `${error.message} (${error.code})` : error.stack || error.message) : String(error)),
);
