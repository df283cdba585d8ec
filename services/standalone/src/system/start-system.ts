import { createGatewayApp } from '@lienthong/gateway';
import { ensureDatabase, FsBlobStore, HmacAuthContext, JsonLogger, type Logger, type RunningService } from '@lienthong/platform';
import { randomBytes } from 'node:crypto';
import { isSystemService, SERVICE_FACTORIES, SYSTEM_SERVICES, type SystemServiceName } from './service-catalog';
import { createSystemTransports } from './system-transports';

export interface SystemOptions {
  transport: 'in-process' | 'nats';
  natsUrl?: string;
  /** Prefix of every subject: a test run's id, so that runs sharing one NATS never meet. */
  subjectPrefix?: string;
  /** A PostgreSQL server URL with the right to create databases. */
  pgAdminUrl: string;
  /** Databases are `<prefix>_gateway`, `<prefix>_members`, …; created when missing. */
  databasePrefix: string;
  /** 0 = a free port chosen by the OS. Default 3000. */
  port?: number;
  host?: string;
  /** Create the demo org tree on first boot. */
  seedDemo?: boolean;
  /** Password of `admin` when the first boot creates it; absent → generated and returned once. */
  adminPassword?: string;
  webDistDir?: string;
  blobDir?: string;
  /** Generated per run when absent (tokens then do not survive a restart). */
  jwtSecret?: string;
  authContextKey?: string;
  rpcTimeoutMs?: number;
  /** Collect Node's process metrics (once per process: the launcher's main sets it). */
  processMetrics?: boolean;
  logger?: Logger;
}

export interface RunningSystem {
  url: string;
  port: number;
  /** The services that are running now (a stopped one is absent). */
  services: Partial<Record<SystemServiceName, RunningService>>;
  /** Set only on the boot that created `admin` with a generated password: print once, never log. */
  generatedAdminPassword?: string;
  databases: Record<SystemServiceName | 'gateway', string>;
  /** Stop one service as if its process died (tests: the gateway must answer 503/504). */
  stopService(name: SystemServiceName): Promise<void>;
  startService(name: SystemServiceName): Promise<void>;
  /** Gateway HTTP first, then the services, then the transports; databases close with their apps. */
  close(): Promise<void>;
}

/**
 * Runs the gateway and every service in this process: standalone mode, and e2e tests over
 * NATS or in-process. Services start first so that the gateway never answers before them.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const logger = options.logger ?? new JsonLogger({ app: 'lienthong' }, 'info');
  const authContextKey = options.authContextKey ?? randomBytes(32).toString('base64url');
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString('base64url');
  const verifier = new HmacAuthContext(authContextKey);
  const blobStore = options.blobDir ? new FsBlobStore(options.blobDir) : undefined;
  const databases = databaseUrls(options.pgAdminUrl, options.databasePrefix);
  for (const url of Object.values(databases)) await ensureDatabase(url);

  const transports = createSystemTransports(options);
  const services: Partial<Record<SystemServiceName, RunningService>> = {};

  const startService = async (name: SystemServiceName): Promise<void> => {
    if (!isSystemService(name)) throw new Error(`Unknown service "${String(name)}"`);
    if (services[name]) return;
    const appLogger = logger.child({ app: name });
    const transport = await transports.acquire(name, appLogger);
    try {
      services[name] = await SERVICE_FACTORIES[name](
        { databaseUrl: databases[name], seedDemo: options.seedDemo ?? false },
        { transport, logger: appLogger, verifier, blobStore },
      );
    } catch (error) {
      await transports.release(name);
      throw error;
    }
  };

  const stopService = async (name: SystemServiceName): Promise<void> => {
    const running = services[name];
    if (!running) return;
    delete services[name];
    await running.close();
    await transports.release(name);
  };

  const stopAll = async (): Promise<void> => {
    for (const name of [...SYSTEM_SERVICES].reverse()) {
      await stopService(name).catch((error: unknown) => logger.error('Service did not stop cleanly', { service: name, error: String(error) }));
    }
    await transports.closeAll();
  };

  try {
    for (const name of SYSTEM_SERVICES) await startService(name);
    const gatewayLogger = logger.child({ app: 'gateway' });
    const gatewayTransport = await transports.acquire('gateway', gatewayLogger);
    const gateway = await createGatewayApp(
      {
        databaseUrl: databases.gateway,
        httpPort: options.port ?? 3000,
        host: options.host,
        jwtSecret,
        authContextKey,
        adminPassword: options.adminPassword,
        rpcTimeoutMs: options.rpcTimeoutMs,
        webDistDir: options.webDistDir,
        migrateOnBoot: true,
      },
      { transport: gatewayTransport, logger: gatewayLogger, processMetrics: options.processMetrics },
    );
    return {
      url: gateway.url,
      port: gateway.port,
      services,
      generatedAdminPassword: gateway.generatedAdminPassword,
      databases,
      stopService,
      startService,
      close: onlyOnce(async () => {
        await gateway.close().catch((error: unknown) => logger.error('Gateway did not stop cleanly', { error: String(error) }));
        await transports.release('gateway');
        await stopAll();
      }),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function databaseUrls(pgAdminUrl: string, prefix: string): Record<SystemServiceName | 'gateway', string> {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`databasePrefix "${prefix}" must be lower-case letters, digits and _`);
  const urlOf = (name: string) => {
    const url = new URL(pgAdminUrl);
    url.pathname = `/${prefix}_${name}`;
    return url.toString();
  };
  return {
    gateway: urlOf('gateway'),
    members: urlOf('members'),
    documents: urlOf('documents'),
    finance: urlOf('finance'),
    resolutions: urlOf('resolutions'),
  };
}

function onlyOnce(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

