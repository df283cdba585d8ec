import { createGatewayApp, type GatewayAppSettings, type RunningGateway } from '@lienthong/gateway';
import { authContextFrom, ensureDatabase, FsBlobStore, generateAuthContextKeyPair, JsonLogger, type Logger, type ServiceWithOrgReplica } from '@lienthong/platform';
import { randomBytes } from 'node:crypto';
import { isSystemService, SERVICE_FACTORIES, SYSTEM_SERVICES, type SystemServiceName } from './service-catalog';
import { createSystemStreams } from './system-streams';
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
  /**
   * Settings of the Ed25519 key pair that signs auth contexts (as `<APP>_AUTH_CONTEXT_PRIVATE_KEY` /
   * `_PUBLIC_KEYS`). Absent → a new pair in memory for this run: a context lives 60 s and nothing
   * stored depends on the key, so there is nothing to keep across restarts.
   */
  authContextKeys?: { privateKey: string; publicKeys: string };
  rpcTimeoutMs?: number;
  /** Collect Node's process metrics (once per process: the launcher's main sets it). */
  processMetrics?: boolean;
  logger?: Logger;
  /**
   * Facts between services (default true): in-process → a PostgreSQL bus in `<databasePrefix>_bus`;
   * NATS → JetStream with `subjectPrefix`. Every service relays its outbox, and each service and
   * the gateway keep an org tree replica. Streams a test run creates are deleted by `npm test`.
   */
  events?: boolean;
  /** Gateway change-feed, webhook and export settings (tests shorten retries, allow a receiver on 127.0.0.1, lower the direct-export limit). */
  gateway?: Pick<GatewayAppSettings, 'changeFeed' | 'webhooks' | 'memberExports'>;
}

export interface RunningSystem {
  url: string;
  port: number;
  /** The services that are running now (a stopped one is absent). */
  services: Partial<Record<SystemServiceName, ServiceWithOrgReplica>>;
  /** Set only on the boot that created `admin` with a generated password: print once, never log. */
  generatedAdminPassword?: string;
  databases: Record<SystemServiceName | 'gateway', string>;
  /** The PostgreSQL bus of the in-process mode (created only in that mode, with events on). */
  busDatabase: string;
  gateway: RunningGateway;
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
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString('base64url');
  const { verifier, signer } = systemAuthContext(options.authContextKeys);
  const blobStore = options.blobDir ? new FsBlobStore(options.blobDir) : undefined;
  const databases = databaseUrls(options.pgAdminUrl, options.databasePrefix);
  const busDatabase = databaseUrl(options.pgAdminUrl, options.databasePrefix, 'bus');
  const usesBus = options.events !== false && options.transport === 'in-process';
  for (const url of [...Object.values(databases), ...(usesBus ? [busDatabase] : [])]) await ensureDatabase(url);

  const transports = createSystemTransports(options);
  const streams = options.events === false ? undefined : createSystemStreams({ ...options, busUrl: busDatabase });
  const acquireEvents = async (app: string, appLogger: Logger) => (streams ? { stream: await streams.acquire(app, appLogger) } : undefined);
  const services: Partial<Record<SystemServiceName, ServiceWithOrgReplica>> = {};

  const startService = async (name: SystemServiceName): Promise<void> => {
    if (!isSystemService(name)) throw new Error(`Unknown service "${String(name)}"`);
    if (services[name]) return;
    const appLogger = logger.child({ app: name });
    const transport = await transports.acquire(name, appLogger);
    try {
      const events = await acquireEvents(name, appLogger);
      services[name] = await SERVICE_FACTORIES[name](
        { databaseUrl: databases[name], seedDemo: options.seedDemo ?? false },
        { transport, logger: appLogger, verifier, signer, blobStore, events },
      );
    } catch (error) {
      await streams?.release(name);
      await transports.release(name);
      throw error;
    }
  };

  const stopService = async (name: SystemServiceName): Promise<void> => {
    const running = services[name];
    if (!running) return;
    delete services[name];
    await running.close();
    await streams?.release(name);
    await transports.release(name);
  };

  const stopAll = async (): Promise<void> => {
    for (const name of [...SYSTEM_SERVICES].reverse()) {
      await stopService(name).catch((error: unknown) => logger.error('Service did not stop cleanly', { service: name, error: String(error) }));
    }
    await streams?.closeAll();
    await transports.closeAll();
  };

  try {
    for (const name of SYSTEM_SERVICES) await startService(name);
    const gatewayLogger = logger.child({ app: 'gateway' });
    const gatewayTransport = await transports.acquire('gateway', gatewayLogger);
    const gatewayEvents = await acquireEvents('gateway', gatewayLogger);
    const gateway = await createGatewayApp(
      {
        databaseUrl: databases.gateway,
        httpPort: options.port ?? 3000,
        host: options.host,
        jwtSecret,
        adminPassword: options.adminPassword,
        rpcTimeoutMs: options.rpcTimeoutMs,
        webDistDir: options.webDistDir,
        migrateOnBoot: true,
        ...options.gateway,
      },
      { transport: gatewayTransport, logger: gatewayLogger, signer, processMetrics: options.processMetrics, events: gatewayEvents, blobStore },
    );
    return {
      url: gateway.url,
      port: gateway.port,
      services,
      generatedAdminPassword: gateway.generatedAdminPassword,
      databases,
      busDatabase,
      gateway,
      stopService,
      startService,
      close: onlyOnce(async () => {
        await gateway.close().catch((error: unknown) => logger.error('Gateway did not stop cleanly', { error: String(error) }));
        await streams?.release('gateway');
        await transports.release('gateway');
        await stopAll();
      }),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function databaseUrl(pgAdminUrl: string, prefix: string, name: string): string {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`databasePrefix "${prefix}" must be lower-case letters, digits and _`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${prefix}_${name}`;
  return url.toString();
}

function databaseUrls(pgAdminUrl: string, prefix: string): Record<SystemServiceName | 'gateway', string> {
  const urlOf = (name: string) => databaseUrl(pgAdminUrl, prefix, name);
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

/** Every app of the system signs and verifies with one key pair: the given one, or a new one for this run. */
function systemAuthContext(keys: SystemOptions['authContextKeys']) {
  const pair = keys ?? (({ privateKey, publicKey }) => ({ privateKey, publicKeys: publicKey }))(generateAuthContextKeyPair('standalone'));
  const { verifier, signer } = authContextFrom({ authContextPublicKeys: pair.publicKeys, authContextPrivateKey: pair.privateKey });
  if (!signer) throw new Error('The auth context keys have no private key');
  return { verifier, signer };
}

