import { Ed25519AuthContextSigner, InProcessTransport, JsonLogger } from '@lienthong/platform';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { generateKeyPairSync } from 'node:crypto';
import { AccessTokens } from '../auth/access-tokens';
import { PasswordHasher } from '../auth/password-hasher';
import { applyGlobalPrefix } from '../common/http/configure-http';
import { createGatewayDataSource } from '../database/data-source';
import { withExternalIdField } from '../external-refs/external-id-openapi';
import { gatewayRootModule } from '../gateway.module';
import { withIdempotencyKeyHeader } from '../idempotency/idempotency-openapi';
import { resolveGatewaySettings } from '../gateway-settings';
import { createGatewayMetrics } from '../metrics/gateway-metrics';
import { addOperationExamples } from './operation-examples';

export const BEARER_SCHEME = 'bearer';

/** The OpenAPI document of a built gateway app (served at `/api/docs-json`). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Liên Thông API')
    .setDescription(
      'Văn phòng trực tuyến của các cấp ủy Đảng — public REST API. Errors are always `{code, message, details?, correlationId}`; ' +
        'messages follow `Accept-Language` (vi by default, en).',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .build();
  return addOperationExamples(withIdempotencyKeyHeader(withExternalIdField(SwaggerModule.createDocument(app, config))));
}

/**
 * The same document without a database, a transport or a port: Nest's preview mode scans
 * the modules without building any provider. For the script that writes `openapi/v1.json`
 * and for the CI check of breaking changes.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const placeholderSecret = 'openapi-preview-only-placeholder-secret-0';
  const settings = resolveGatewaySettings({
    databaseUrl: 'postgres://preview@127.0.0.1:1/preview',
    httpPort: 0,
    jwtSecret: placeholderSecret,
  });
  const logger = new JsonLogger({ app: 'gateway-openapi' }, 'error');
  const app = await NestFactory.create<NestExpressApplication>(
    gatewayRootModule({
      settings,
      transport: new InProcessTransport(),
      logger,
      metrics: createGatewayMetrics(false),
      dataSource: createGatewayDataSource(settings.databaseUrl),
      // Preview mode builds no provider and signs nothing: a throwaway key.
      signer: new Ed25519AuthContextSigner({ kid: 'openapi-preview', key: generateKeyPairSync('ed25519').privateKey }),
      tokens: new AccessTokens(settings.jwtSecret),
      hasher: new PasswordHasher(),
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    applyGlobalPrefix(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
