import { DomainError } from '@lienthong/platform';
import type { NextFunction, Request, Response } from 'express';
import { requestState } from './request-state';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, If-Match, Idempotency-Key, X-Correlation-Id';
const EXPOSED_HEADERS = 'ETag, Location, Retry-After, X-Correlation-Id';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Strict CORS. Only origins listed in configuration (exact `scheme://host[:port]`) get
 * CORS headers; with none listed the API is same-origin only. A request whose `Origin` is
 * neither the gateway's own host nor listed is refused (403) before anything runs, preflight
 * or not, so a foreign page cannot even make a "simple" request. No credentials mode: the API
 * uses bearer tokens, not cookies.
 */
export function corsMiddleware(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')));
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    if (origin === undefined) return next();
    res.vary('Origin');
    const listed = allowed.has(origin.toLowerCase());
    if (!listed && !isSameOrigin(origin, req.headers.host)) return next(originRefused(req));
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (listed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (!preflight) return next();
    if (listed) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    }
    res.status(204).end();
  };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

function originRefused(req: Request): DomainError {
  const lang = requestState(req).language;
  return DomainError.localized('COMMON.FORBIDDEN', lang, [
    {
      field: 'Origin',
      code: 'originNotAllowed',
      message: lang === 'vi' ? 'Origin: nguồn gốc này không được phép gọi API' : 'Origin: this origin may not call the API',
    },
  ]);
}
