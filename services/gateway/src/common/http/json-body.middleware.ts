import { DomainError } from '@lienthong/platform';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { IncomingMessage } from 'node:http';

/** Nothing the API takes is bigger: files go to the blob store, not through JSON. */
export const BODY_LIMIT_BYTES = 256 * 1024;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * `application/json` only (415 otherwise), at most BODY_LIMIT_BYTES (413), well-formed
 * (400 COMMON.MALFORMED_REQUEST). Errors are handed on as DomainError so that the one
 * exception filter answers them like any other.
 */
export function jsonBodyMiddleware() {
  const parse = express.json({ limit: BODY_LIMIT_BYTES, strict: true, type: isJsonType });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!METHODS_WITH_BODY.has(req.method)) return next();
    // Already parsed by the one form-body route (POST /auth/token, OAuth 2.0 clients).
    if ((req as Request & { _body?: boolean })._body === true) return next();
    if (hasBody(req) && !isJsonType(req)) return next(new DomainError('COMMON.UNSUPPORTED_MEDIA_TYPE'));
    parse(req, res, (error?: unknown) => next(error === undefined ? undefined : bodyError(error)));
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0') || !!req.headers['content-type'];
}

function isJsonType(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** body-parser's error types (`err.type`), mapped to our codes. */
function bodyError(error: unknown): DomainError {
  const type = (error as { type?: unknown }).type;
  switch (type) {
    case 'entity.too.large':
      return new DomainError('COMMON.PAYLOAD_TOO_LARGE');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new DomainError('COMMON.UNSUPPORTED_MEDIA_TYPE');
    case 'entity.parse.failed':
    case 'entity.verify.failed':
    case 'request.aborted':
    case 'request.size.invalid':
      return new DomainError('COMMON.MALFORMED_REQUEST');
    default:
      return error instanceof DomainError ? error : new DomainError('COMMON.MALFORMED_REQUEST');
  }
}
