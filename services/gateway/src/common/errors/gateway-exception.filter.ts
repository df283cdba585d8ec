import { isErrorCode, type ErrorCode, type ErrorDetail, type ErrorEnvelope } from '@lienthong/contracts';
import { DomainError, errorMessage, type Language, type Logger } from '@lienthong/platform';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CORRELATION_ID_HEADER } from '../http/correlation-id';
import { requestLanguage } from '../http/request-language';
import { findRequestState } from '../http/request-state';
import { RequestValidationError } from '../validation/request-validation.error';
import { validationDetails } from '../validation/validation-details';
import { httpStatusOf } from './http-status-by-code';

interface Classified {
  code: ErrorCode;
  details?: ErrorDetail[];
  /** Written to the log, never to the caller. */
  internal?: string;
}

/**
 * The one place any failure becomes an HTTP answer: always the envelope
 * `{code, message, details?, correlationId}`, the status from the exhaustive table, the
 * message in the caller's language. Nothing internal (stack, SQL, service text) is sent;
 * 5xx are logged with the correlation id so that a caller's report can be traced.
 */
@Catch()
export class GatewayExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const state = findRequestState(req);
    const correlationId = state?.correlationId ?? randomUUID();
    const language: Language = state?.language ?? requestLanguage(req.headers['accept-language']);
    const { code, details, internal } = classify(exception, language);
    const status = httpStatusOf(code);
    this.log(status, code, correlationId, req, internal);
    if (res.headersSent) return;
    const body: ErrorEnvelope = {
      code,
      message: errorMessage(code, language),
      ...(details?.length ? { details } : {}),
      correlationId,
    };
    res.setHeader(CORRELATION_ID_HEADER, correlationId);
    if (status === 401) res.setHeader('WWW-Authenticate', wwwAuthenticate(code));
    res.status(status).json(body);
  }

  private log(status: number, code: ErrorCode, correlationId: string, req: Request, internal?: string): void {
    if (status < 500) return;
    const fields = { correlationId, code, status, method: req.method, path: req.path, error: internal };
    if (code === 'COMMON.SERVICE_UNAVAILABLE' || code === 'COMMON.TIMEOUT') this.logger.warn('Dependency failed', fields);
    else this.logger.error('Request failed', fields);
  }
}

function classify(exception: unknown, language: Language): Classified {
  if (exception instanceof RequestValidationError) {
    return { code: 'COMMON.VALIDATION_FAILED', details: validationDetails(exception.errors, language) };
  }
  if (exception instanceof DomainError) {
    if (!isErrorCode(exception.code)) {
      // A code from a newer service that this gateway does not know yet.
      return { code: 'COMMON.INTERNAL', internal: `Unknown error code ${String(exception.code)}: ${exception.message}` };
    }
    return { code: exception.code, details: exception.details, internal: exception.stack ?? exception.message };
  }
  if (exception instanceof HttpException) return { code: codeOfHttpStatus(exception.getStatus()), internal: exception.message };
  return { code: 'COMMON.INTERNAL', internal: exception instanceof Error ? (exception.stack ?? exception.message) : String(exception) };
}

/** Nest's own HttpExceptions: unknown routes, and body-parser errors Nest maps itself. */
function codeOfHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'COMMON.MALFORMED_REQUEST';
    case 401:
      return 'COMMON.UNAUTHENTICATED';
    case 403:
      return 'COMMON.FORBIDDEN';
    case 404:
    case 405:
      return 'COMMON.ROUTE_NOT_FOUND';
    case 413:
      return 'COMMON.PAYLOAD_TOO_LARGE';
    case 415:
      return 'COMMON.UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'COMMON.RATE_LIMITED';
    case 503:
      return 'COMMON.SERVICE_UNAVAILABLE';
    case 504:
      return 'COMMON.TIMEOUT';
    default:
      return status >= 400 && status < 500 ? 'COMMON.MALFORMED_REQUEST' : 'COMMON.INTERNAL';
  }
}

/** RFC 6750 §3: tell the client which scheme, and whether its token was the problem. */
function wwwAuthenticate(code: ErrorCode): string {
  return code === 'AUTH.TOKEN_INVALID' ? 'Bearer realm="lienthong", error="invalid_token"' : 'Bearer realm="lienthong"';
}
