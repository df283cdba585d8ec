import { JobRunner, NestLoggerAdapter, runMigrations, startOrgReplica, type OrgReplica } from '@lienthong/platform';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { AddressInfo } from 'node:net';
import { AccessTokens } from './auth/access-tokens';
import { GatewayUserRepository } from './auth/gateway-user.repository';
import { UserAccessRepository } from './roles/user-access.repository';
import { PasswordHasher } from './auth/password-hasher';
import { EnsureAdminUserUseCase } from './auth/use-cases/ensure-admin-user.use-case';
import { configureHttp } from './common/http/configure-http';
import { createGatewayDataSource } from './database/data-source';
import { gatewayRootModule } from './gateway.module';
import {
  resolveGatewaySettings,
  type GatewayAppSettings,
  type ResolvedGatewaySettings,
  type GatewayRuntime,
  type RunningGateway,
} from './gateway-settings';
import { createGatewayMetrics } from './metrics/gateway-metrics';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { externalRefPurgeJob } from './external-refs/external-ref-purge.job';
import { idempotencyPurgeJob } from './idempotency/idempotency-purge.job';
import { changeLogPurgeJob } from './changes/change-log-purge.job';
import { startChangeFeed } from './changes/start-change-feed';
import { webhookDeliveryPurgeJob } from './webhooks/webhook-delivery-purge.job';

/**
 * Composition root of the gateway: the launcher and `main.ts` both build it here.
 * Connects and migrates its database, creates `admin` on the first boot, then serves
 * `/api/v1`, `/api/docs`, `/metrics` (and the SPA when `webDistDir` is set).
 * `close()` stops HTTP, then the database; the transport belongs to the caller.
 */
export async function createGatewayApp(input: GatewayAppSettings, runtime: GatewayRuntime): Promise<RunningGateway> {
  const settings = resolveGatewaySettings(input);
  const logger = runtime.logger.child({ service: 'gateway' });
  const dataSource = createGatewayDataSource(settings.databaseUrl);
  await dataSource.initialize();
  let replication: Awaited<ReturnType<typeof startGatewayReplica>>;
  try {
    if (settings.migrateOnBoot) await runMigrations(dataSource, 'gateway', logger);
    const hasher = new PasswordHasher();
    const admin = await new EnsureAdminUserUseCase(new GatewayUserRepository(dataSource, new UserAccessRepository(dataSource)), hasher, logger).execute(settings.adminPassword);
    await hasher.warmUp();
    const metrics = createGatewayMetrics(runtime.processMetrics ?? false);
    const signer = runtime.signer;
    const app = await NestFactory.create<NestExpressApplication>(
      gatewayRootModule({
        settings,
        transport: runtime.transport,
        logger,
        metrics,
        dataSource,
        signer,
        tokens: new AccessTokens(settings.jwtSecret),
        hasher,
        blobStore: runtime.blobStore,
      }),
      { logger: new NestLoggerAdapter(logger), abortOnError: false, bodyParser: false },
    );
    configureHttp(app, { logger, metrics, webDistDir: settings.webDistDir, corsOrigins: settings.corsOrigins });
    SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
      jsonDocumentUrl: 'api/docs-json',
      yamlDocumentUrl: 'api/docs-yaml',
      customSiteTitle: 'Liên Thông API',
      swaggerOptions: { persistAuthorization: false },
    });
    replication = await startGatewayReplica(runtime, { dataSource, signer, logger, registry: metrics.registry }, settings);
    await app.listen(settings.httpPort, settings.host);
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const url = `http://${urlHost(settings.host)}:${port}`;
    logger.info('Gateway ready', { url, transport: runtime.transport.kind, spa: Boolean(settings.webDistDir) });
    return {
      app,
      url,
      port,
      ...(admin.generatedPassword ? { generatedAdminPassword: admin.generatedPassword } : {}),
      orgReplica: replication?.replica,
      close: async () => {
        await replication?.stop();
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    await replication?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

/**
 * The gateway's job runner (idempotency keys and dead externalId reservations purged; the replica's nightly check) and,
 * when the runtime has events, its org tree replica (scope checks will read it).
 */
async function startGatewayReplica(
  runtime: GatewayRuntime,
  parts: Pick<Parameters<typeof startOrgReplica>[0], 'dataSource' | 'signer' | 'logger' | 'registry'>,
  settings: ResolvedGatewaySettings,
): Promise<{ replica?: OrgReplica; stop(): Promise<void> } | undefined> {
  const jobs = new JobRunner({ dataSource: parts.dataSource, service: 'gateway', logger: parts.logger });
  jobs.register(idempotencyPurgeJob(parts.dataSource));
  jobs.register(externalRefPurgeJob(parts.dataSource));
  jobs.register(changeLogPurgeJob(parts.dataSource, settings.changeFeed));
  jobs.register(webhookDeliveryPurgeJob(parts.dataSource, settings.webhooks));
  const replica = runtime.events
    ? await startOrgReplica({ ...parts, service: 'gateway', stream: runtime.events.stream, transport: runtime.transport, jobs })
    : undefined;
  // The change feed (GET /changes, webhooks) reads the same facts through its own consumer groups.
  const changeFeed = runtime.events ? await startChangeFeed({ ...parts, stream: runtime.events.stream }) : undefined;
  await jobs.start();
  return {
    replica,
    stop: async () => {
      await jobs.stop();
      await changeFeed?.stop();
      await replica?.stop();
    },
  };
}

/** Where a client on this machine reaches a server bound to `host`. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
