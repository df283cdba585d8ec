import { JsonLogger, type LogLevel } from '@lienthong/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderBanner } from './launcher/banner';
import { loadOrCreateLocalSecrets } from './launcher/local-secrets';
import { findRepoRoot } from './launcher/repo-root';
import { EmbeddedPostgres, shortVersion } from './postgres/embedded-postgres';
import { startSystem, type RunningSystem } from './system/start-system';

/**
 * `npm start`: the whole system in one process on an embedded PostgreSQL (or the server in
 * LIENTHONG_DATABASE_URL). Ctrl-C closes HTTP, services, transport, then PostgreSQL; exit 0.
 */
const repoRoot = findRepoRoot(__dirname);
const dataRoot = join(repoRoot, '.data');
const logger = new JsonLogger({ app: 'lienthong' }, logLevel());
const state: { postgres?: EmbeddedPostgres; system?: RunningSystem } = {};
let stopping = false;
let firstSignalAt = 0;
/** A terminal, npm and scripts/start.mjs may each pass on the same Ctrl-C: copies within this window are one. */
const SIGNAL_COPY_WINDOW_MS = 1_500;

const starting = (async () => {
  const external = process.env.LIENTHONG_DATABASE_URL?.trim();
  let database: string;
  let dataNotes: string[] = [];
  let pgAdminUrl: string;
  if (external) {
    pgAdminUrl = external;
    database = `PostgreSQL ${redact(external)} (LIENTHONG_DATABASE_URL)`;
  } else {
    say('Đang khởi động PostgreSQL nhúng… · Starting the embedded PostgreSQL…');
    state.postgres = await EmbeddedPostgres.start({ repoRoot, cluster: 'postgres', onProgress: say });
    pgAdminUrl = state.postgres.adminUrl;
    database = `PostgreSQL ${shortVersion(state.postgres.layout.version)} (nhúng · embedded), 127.0.0.1:${state.postgres.port}`;
    dataNotes = [`data: ${state.postgres.layout.dataDir}`, ...state.postgres.layout.notes];
  }
  if (stopping) return;
  say('Đang khởi động các dịch vụ… · Starting the services…');
  const secrets = loadOrCreateLocalSecrets(join(dataRoot, 'secrets.json'));
  const webDistDir = join(repoRoot, 'dist', 'web');
  const webUi = existsSync(join(webDistDir, 'index.html'));
  state.system = await startSystem({
    transport: 'in-process',
    pgAdminUrl,
    databasePrefix: 'lienthong',
    port: Number(process.env.PORT || 3000),
    host: process.env.HOST || '127.0.0.1',
    seedDemo: true,
    adminPassword: process.env.LIENTHONG_ADMIN_PASSWORD || undefined,
    webDistDir: webUi ? webDistDir : undefined,
    blobDir: join(dataRoot, 'blobs'),
    jwtSecret: secrets.jwtSecret,
    processMetrics: true,
    logger,
    // One machine: a webhook receiver on this machine (http://127.0.0.1:…) is a normal test setup.
    gateway: { webhooks: { allowLoopbackHttp: true } },
  });
  if (stopping) return;
  process.stdout.write(
    renderBanner({ url: state.system.url, database, dataNotes, webUi, generatedAdminPassword: state.system.generatedAdminPassword }),
  );
})();

starting.catch(async (error: unknown) => {
  process.stderr.write(`\nKhông khởi động được · Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write('Cổng đang được dùng: chọn cổng khác, ví dụ PORT=3001 npm start · The port is taken: e.g. PORT=3001 npm start\n');
  }
  if (process.env.LIENTHONG_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  await state.postgres?.stop().catch(() => undefined);
  process.exit(1);
});

async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    if (Date.now() - firstSignalAt < SIGNAL_COPY_WINDOW_MS) return;
    say(`${signal} again: stopping now · Dừng ngay`);
    process.exit(130);
  }
  stopping = true;
  firstSignalAt = Date.now();
  say('Đang dừng… · Stopping…');
  await starting.catch(() => undefined);
  let clean = true;
  await state.system?.close().catch((error: unknown) => {
    clean = false;
    logger.error('Unclean shutdown of the services', { error: String(error) });
  });
  await state.postgres?.stop().catch((error: unknown) => {
    clean = false;
    logger.error('PostgreSQL did not stop cleanly', { error: String(error) });
  });
  say(clean ? 'Đã dừng · Stopped' : 'Đã dừng, có lỗi · Stopped with errors');
  process.exit(clean ? 0 : 1);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

function logLevel(): LogLevel {
  const level = process.env.LIENTHONG_LOG_LEVEL;
  return level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? level : 'warn';
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}
