import type { HealthReport, Subject } from '@lienthong/contracts';
import { HealthCheckRequest } from '@lienthong/contracts';
import { Global, Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import type { AuthContextSigner, AuthContextVerifier } from '../auth-context/auth-context-signer';
import type { BlobStore } from '../blobs/blob-store';
import { runMigrations } from '../database/run-migrations';
import type { JobDefinition } from '../jobs/job-definition';
import { JobRunner } from '../jobs/job-runner';
import type { JobRunnerSettings } from '../jobs/job-runner.settings';
import type { FactStream } from '../events/fact-stream';
import { OutboxWriter } from '../events/outbox/outbox-writer';
import { OutboxRelay, type OutboxRelaySettings } from '../events/relay/outbox-relay';
import { dedicatedConnectionConfig } from '../events/relay/pg-connection';
import { RpcExplorer } from '../messaging/rpc-explorer';
import { SYSTEM_PERMISSION, type RpcAccessRule } from '../messaging/rpc-handler.decorator';
import { RpcServer } from '../messaging/rpc-server';
import type { RpcTransport } from '../messaging/rpc-transport';
import type { Logger } from '../observability/logger';
import { createAppMetrics, type AppMetrics } from '../observability/metrics';
import { DirectRpcController } from './direct-rpc.controller';
import { HealthChecker } from './health-checker';
import { NestLoggerAdapter } from './nest-logger';
import { ServiceHttpController } from './service-http.controller';
import { BLOB_STORE, DATA_SOURCE, LOGGER, METRICS, SERVICE_NAME, TRANSPORT } from './tokens';

/** What the launcher (or a service's own main) hands to a composition root. */
export interface ServiceRuntime {
  transport: RpcTransport;
  logger: Logger;
  verifier: AuthContextVerifier;
  /** Signs the service's own system-actor requests (replica snapshots). Absent → no replicas. */
  signer?: AuthContextSigner;
  blobStore?: BlobStore;
  /** Collect Node's process metrics: once per process, so only when the service runs alone. */
  processMetrics?: boolean;
  /** Where facts go: a service with an outbox table runs its relay to this stream. Absent → no relay. */
  events?: ServiceEvents;
}

export interface ServiceEvents {
  /** Owned by whoever made the runtime (the launcher or main): a service never closes it. */
  stream: FactStream;
  relay?: OutboxRelaySettings;
}

export interface ServiceAppOptions {
  name: string;
  queue: string;
  healthSubject: Subject;
  featureModule: Type<unknown>;
  dataSource: DataSource;
  runtime: ServiceRuntime;
  /** Listen for probes and metrics on this port; undefined = no HTTP (standalone mode). */
  httpPort?: number;
  migrateOnBoot?: boolean;
  /** Also serve `POST /rpc/<subject>` on the HTTP port (benchmark baseline; off by default). */
  directRpcHttp?: boolean;
  /**
   * Background jobs (the service's migrations must include `CreateJobTables1795700000300`).
   * Given (even empty), a `JobRunner` starts with the app and stops before its database closes;
   * feature modules inject `JobRunner` to enqueue runs or register more jobs in onModuleInit.
   */
  jobs?: readonly JobDefinition<unknown, unknown>[];
  jobSettings?: Partial<JobRunnerSettings>;
}

export interface RunningService {
  name: string;
  app: INestApplication;
  metrics: AppMetrics;
  /** Present when the service was built with `jobs`. */
  jobs?: JobRunner;
  /** The outbox relay, when the runtime has events and the service an outbox. */
  relay?: OutboxRelay;
  subjects(): string[];
  /** The permission and scope rule each served subject declares (every one has one). */
  accessRules(): Record<string, RpcAccessRule>;
  health(): Promise<HealthReport>;
  close(): Promise<void>;
}

/**
 * Builds a service: connects its database, runs its migrations under the advisory lock,
 * wires the platform providers, serves its message handlers and (optionally) probes.
 * Close order: stop taking messages, let Nest shut down, close the database.
 */
export async function createServiceApp(options: ServiceAppOptions): Promise<RunningService> {
  const { name, dataSource, runtime } = options;
  const logger = runtime.logger.child({ service: name });
  if (!dataSource.isInitialized) await dataSource.initialize();
  let jobs: JobRunner | undefined;
  try {
    if (options.migrateOnBoot !== false) await runMigrations(dataSource, name, logger);
    const metrics = createAppMetrics(name, runtime.processMetrics ?? false);
    const server = new RpcServer({ transport: runtime.transport, queue: options.queue, verifier: runtime.verifier, logger, metrics });
    const checker = new HealthChecker(name, dataSource, runtime.transport);
    server.register({
      subject: options.healthSubject,
      requestType: HealthCheckRequest,
      access: { permission: SYSTEM_PERMISSION, scope: 'none' },
      handle: () => checker.report(),
    });

    jobs = options.jobs ? new JobRunner({ dataSource, service: name, logger, jobs: options.jobs, settings: options.jobSettings }) : undefined;
    const app = await NestFactory.create(platformRoot(options, { logger, metrics, server, checker, jobs }), {
      logger: new NestLoggerAdapter(logger),
      abortOnError: false,
    });
    await app.init();
    await jobs?.start();
    const relay = await startRelay(options, logger, metrics);
    if (options.httpPort !== undefined) await app.listen(options.httpPort);
    logger.info('Service ready', {
      transport: runtime.transport.kind,
      subjects: server.subjects().length,
      httpPort: options.httpPort,
      events: relay ? runtime.events?.stream.kind : 'off',
    });
    return {
      name,
      app,
      metrics,
      jobs,
      relay,
      subjects: () => server.subjects(),
      accessRules: () => server.accessRules(),
      health: () => checker.report(),
      close: async () => {
        await server.stop();
        await jobs?.stop();
        await app.close();
        // After the handlers: what they committed last still goes out before the database closes.
        await relay?.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    await jobs?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

async function startRelay(options: ServiceAppOptions, logger: Logger, metrics: AppMetrics): Promise<OutboxRelay | undefined> {
  const events = options.runtime.events;
  if (!events) return undefined;
  const [{ table }] = await options.dataSource.query<{ table: string | null }[]>(`SELECT to_regclass('outbox')::text AS table`);
  if (table === null) return undefined;
  const relay = new OutboxRelay({
    ...events.relay,
    service: options.name,
    connection: dedicatedConnectionConfig(options.dataSource, `lienthong-${options.name}-relay`),
    stream: events.stream,
    logger,
    registry: metrics.registry,
  });
  relay.start();
  return relay;
}

function httpControllers(options: ServiceAppOptions): Type<unknown>[] {
  if (options.httpPort === undefined) return [];
  return options.directRpcHttp ? [ServiceHttpController, DirectRpcController] : [ServiceHttpController];
}

interface PlatformParts {
  logger: Logger;
  metrics: AppMetrics;
  server: RpcServer;
  checker: HealthChecker;
  jobs?: JobRunner;
}

function platformRoot(options: ServiceAppOptions, parts: PlatformParts): DynamicModule {
  @Global()
  @Module({})
  class PlatformRootModule {}
  return {
    module: PlatformRootModule,
    global: true,
    imports: [DiscoveryModule, options.featureModule],
    controllers: httpControllers(options),
    providers: [
      { provide: SERVICE_NAME, useValue: options.name },
      { provide: TRANSPORT, useValue: options.runtime.transport },
      { provide: LOGGER, useValue: parts.logger },
      { provide: METRICS, useValue: parts.metrics },
      { provide: DATA_SOURCE, useValue: options.dataSource },
      { provide: BLOB_STORE, useValue: options.runtime.blobStore ?? null },
      { provide: RpcServer, useValue: parts.server },
      { provide: HealthChecker, useValue: parts.checker },
      { provide: OutboxWriter, useValue: new OutboxWriter() },
      RpcExplorer,
      ...(parts.jobs ? [{ provide: JobRunner, useValue: parts.jobs }] : []),
    ],
    exports: [SERVICE_NAME, TRANSPORT, LOGGER, METRICS, DATA_SOURCE, BLOB_STORE, OutboxWriter, ...(parts.jobs ? [JobRunner] : [])],
  };
}
