import type { Logger } from '@lienthong/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GatewayMetrics } from '../../metrics/gateway-metrics';
import { spaMiddleware } from '../../web/spa.middleware';
import { GatewayExceptionFilter } from '../errors/gateway-exception.filter';
import { GatewayValidationPipe } from '../validation/gateway-validation.pipe';
import { tokenFormBodyMiddleware } from '../../api-clients/token-form-body.middleware';
import { corsMiddleware } from './cors.middleware';
import { jsonBodyMiddleware } from './json-body.middleware';
import { importUploadBodyMiddleware } from '../../member-imports/import-upload-body.middleware';
import { requestContextMiddleware } from './request-context.middleware';
import { requestStartMiddleware } from './request-start.middleware';

export const API_PREFIX = 'api/v1';

/** Routes under `/api/v1`, except the Prometheus scrape at `/metrics`. Shared with the OpenAPI builder. */
export function applyGlobalPrefix(app: NestExpressApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['metrics'] });
}

export interface HttpOptions {
  logger: Logger;
  metrics: GatewayMetrics;
  webDistDir?: string;
  /** Origins allowed to call the API from a browser page; empty → same-origin only. */
  corsOrigins?: readonly string[];
}

/**
 * The request pipeline, in order: correlation id / language / headers / access log, CORS,
 * the SPA's files, JSON body (415/413/400), request context; then Nest's routes with the
 * global validation pipe, and the one exception filter behind everything (it also
 * receives the middleware's errors and Nest's unknown-route 404).
 */
export function configureHttp(app: NestExpressApplication, options: HttpOptions): void {
  app.disable('x-powered-by');
  app.use(requestStartMiddleware(options.logger, options.metrics));
  app.use(corsMiddleware(options.corsOrigins ?? []));
  if (options.webDistDir) app.use(spaMiddleware(options.webDistDir));
  app.use(tokenFormBodyMiddleware());
  app.use(importUploadBodyMiddleware());
  app.use(jsonBodyMiddleware());
  app.use(requestContextMiddleware());
  applyGlobalPrefix(app);
  app.useGlobalPipes(new GatewayValidationPipe());
  app.useGlobalFilters(new GatewayExceptionFilter(options.logger));
}
