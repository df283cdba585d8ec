import { BLOB_STORE, DATA_SOURCE, LOGGER, METRICS, TRANSPORT, type AuthContextSigner, type BlobStore, type Logger, type RpcTransport } from '@lienthong/platform';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AREA_ROUTE_MODULES } from './area-route-modules';
import { ApiClientsModule } from './api-clients/api-clients.module';
import { AccessTokens } from './auth/access-tokens';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { PasswordHasher } from './auth/password-hasher';
import { ClientsModule } from './clients/clients.module';
import { AUTH_CONTEXT_SIGNER, GATEWAY_SETTINGS } from './common/tokens';
import type { ResolvedGatewaySettings } from './gateway-settings';
import { ExternalRefsModule } from './external-refs/external-refs.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import type { GatewayMetrics } from './metrics/gateway-metrics';
import { MetricsModule } from './metrics/metrics.module';
import { RateLimitModule } from './security/rate-limit/rate-limit.module';

/** What the composition root builds before Nest starts, handed to every module. */
export interface GatewayParts {
  settings: ResolvedGatewaySettings;
  transport: RpcTransport;
  logger: Logger;
  metrics: GatewayMetrics;
  dataSource: DataSource;
  signer: AuthContextSigner;
  tokens: AccessTokens;
  hasher: PasswordHasher;
  /** Uploads and downloads of files (member import); null → those routes answer 503. */
  blobStore?: BlobStore;
}

@Global()
@Module({})
class GatewayCoreModule {}

/** The root module: shared parts (global), auth, clients, health, metrics, then each area's routes. */
export function gatewayRootModule(parts: GatewayParts): DynamicModule {
  return {
    module: GatewayCoreModule,
    global: true,
    imports: [AuthModule, ApiClientsModule, RateLimitModule, IdempotencyModule, ExternalRefsModule, ClientsModule, HealthModule, MetricsModule, ...AREA_ROUTE_MODULES, AuditModule],
    providers: [
      { provide: GATEWAY_SETTINGS, useValue: parts.settings },
      { provide: TRANSPORT, useValue: parts.transport },
      { provide: LOGGER, useValue: parts.logger },
      { provide: METRICS, useValue: parts.metrics },
      { provide: DATA_SOURCE, useValue: parts.dataSource },
      { provide: AUTH_CONTEXT_SIGNER, useValue: parts.signer },
      { provide: AccessTokens, useValue: parts.tokens },
      { provide: PasswordHasher, useValue: parts.hasher },
      { provide: BLOB_STORE, useValue: parts.blobStore ?? null },
    ],
    exports: [GATEWAY_SETTINGS, TRANSPORT, LOGGER, METRICS, DATA_SOURCE, AUTH_CONTEXT_SIGNER, AccessTokens, PasswordHasher, BLOB_STORE],
  };
}
