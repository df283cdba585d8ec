import type { Logger } from '@lienthong/platform';
import type { NextFunction, Request, Response } from 'express';
import type { GatewayMetrics } from '../../metrics/gateway-metrics';
import { CORRELATION_ID_HEADER, resolveCorrelationId } from './correlation-id';
import { requestLanguage } from './request-language';
import { attachRequestState } from './request-state';
import { isApiPath, setSecurityHeaders } from './security-headers';

/** Probes and scrapes arrive every few seconds: their access lines go to debug. */
const QUIET_PATHS = new Set(['/api/v1/health', '/api/v1/health/live', '/metrics']);

/**
 * First middleware of every request: correlation id (taken when well-formed, echoed),
 * answer language, security headers, and one JSON access-log line and one metric when
 * the answer is sent. The query string is not logged: searches can hold people's names.
 */
export function requestStartMiddleware(logger: Logger, metrics: GatewayMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const state = attachRequestState(req, {
      correlationId: resolveCorrelationId(req.headers[CORRELATION_ID_HEADER.toLowerCase()]),
      language: requestLanguage(req.headers['accept-language']),
      startedAt: process.hrtime.bigint(),
    });
    res.setHeader(CORRELATION_ID_HEADER, state.correlationId);
    setSecurityHeaders(res, req.path);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - state.startedAt) / 1e9;
      const route = routePattern(req);
      metrics.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      const line = {
        correlationId: state.correlationId,
        method: req.method,
        path: req.path,
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(state.principal ? { userId: state.principal.userId } : {}),
      };
      if (QUIET_PATHS.has(req.path)) logger.debug('http', line);
      else logger.info('http', line);
    });
    next();
  };
}

/** The matched route's pattern (`/api/v1/orgs/:id`) keeps the metric's label set small. */
function routePattern(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path === 'string') return `${req.baseUrl}${route.path}`;
  return isApiPath(req.path) ? 'unmatched' : 'web';
}
