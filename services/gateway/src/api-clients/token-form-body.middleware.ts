import { DomainError } from '@lienthong/platform';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The one route that takes a form body: OAuth 2.0 clients post the token request form-encoded (RFC 6749 §4.4.2). */
export const CLIENT_TOKEN_PATH = '/api/v1/auth/token';
const FORM_LIMIT_BYTES = 8 * 1024;

/**
 * Parses `application/x-www-form-urlencoded` on POST /api/v1/auth/token (flat fields only);
 * runs before the JSON body middleware, which leaves an already parsed body alone.
 */
export function tokenFormBodyMiddleware() {
  const parse = express.urlencoded({ extended: false, limit: FORM_LIMIT_BYTES, parameterLimit: 20 });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.originalUrl.split('?')[0] !== CLIENT_TOKEN_PATH) return next();
    parse(req, res, (error?: unknown) => {
      if (error === undefined) {
        // body-parser 1's "already parsed" mark, which the JSON body middleware honours (body-parser 2 sets none).
        if (req.body !== undefined) (req as Request & { _body?: boolean })._body = true;
        return next();
      }
      const type = (error as { type?: unknown }).type;
      next(new DomainError(type === 'entity.too.large' ? 'COMMON.PAYLOAD_TOO_LARGE' : 'COMMON.MALFORMED_REQUEST'));
    });
  };
}
