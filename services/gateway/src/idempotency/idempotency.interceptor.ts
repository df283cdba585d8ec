import { DomainError, LOGGER, type Logger } from '@lienthong/platform';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, of, switchMap, type Observable } from 'rxjs';
import { findRequestState } from '../common/http/request-state';
import { RequestValidationError } from '../common/validation/request-validation.error';
import { captureResponse, type CapturedResponse } from './capture-response';
import { IdempotencyRepository } from './idempotency.repository';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN, REPLAYED_HEADER } from './idempotency.settings';
import { principalKey } from './principal-key';
import { requestFingerprint } from './request-fingerprint';

const AUTH_PATH = '/api/v1/auth/';

/**
 * Global: every POST with a signed-in principal (not /auth/*) may carry `Idempotency-Key`.
 * The key is claimed in PostgreSQL before the handler runs; the answer (status, Location,
 * ETag, body) is stored before it is sent, so a retry that arrives after the answer replays
 * it. Same key + same request within 24 h → the stored answer; another request → 422
 * IDEMPOTENCY.KEY_REUSED; the first still running → 409 IDEMPOTENCY.IN_PROGRESS. A 5xx is not
 * kept (the key is released, so a retry runs again).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const header = req.headers[IDEMPOTENCY_KEY_HEADER];
    if (req.method !== 'POST' || header === undefined || req.originalUrl.startsWith(AUTH_PATH)) return next.handle();
    const principal = findRequestState(req)?.principal;
    if (!principal) return next.handle();
    if (typeof header !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(header)) {
      throw RequestValidationError.field('Idempotency-Key', 'idempotencyKey', Array.isArray(header) ? header.join(',') : header);
    }
    const res = context.switchToHttp().getResponse<Response>();
    const claim = {
      principal: principalKey(principal),
      key: header,
      fingerprint: requestFingerprint(req.method, req.originalUrl, req.body),
      method: req.method,
      path: req.originalUrl.slice(0, 2000),
    };
    return from(this.keys.claim(claim)).pipe(
      switchMap(async (claimed) => {
        if (claimed) {
          captureResponse(
            res,
            (response) => this.settle(claim.principal, claim.key, response),
            // Sent without res.json/res.send (a stream): nothing to replay, the key is freed.
            () => this.settle(claim.principal, claim.key, undefined),
          );
          return { run: true as const };
        }
        return { run: false as const, value: await this.replay(claim, res) };
      }),
      switchMap((step) => (step.run ? next.handle() : of(step.value))),
    );
  }

  /** The answer as sent: kept when it is final (< 500), else (or when there is none to keep) the key is released. */
  private async settle(principal: string, key: string, response: CapturedResponse | undefined): Promise<void> {
    try {
      if (!response || response.statusCode >= 500) await this.keys.release(principal, key);
      else await this.keys.complete(principal, key, response);
    } catch (error) {
      // The answer goes out anyway; the key stays in_progress until its lease ends.
      this.logger.error('Idempotency key not settled', { key, principal, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The key is taken: replay its answer, or refuse. */
  private async replay(claim: { principal: string; key: string; fingerprint: string }, res: Response): Promise<unknown> {
    const existing = await this.keys.find(claim.principal, claim.key);
    // Gone between the claim and the read (purged, released): the client may simply retry.
    if (!existing) throw new DomainError('IDEMPOTENCY.IN_PROGRESS');
    if (existing.fingerprint !== claim.fingerprint) throw new DomainError('IDEMPOTENCY.KEY_REUSED');
    if (existing.state === 'in_progress') throw new DomainError('IDEMPOTENCY.IN_PROGRESS');
    const { statusCode, headers, body } = existing.response;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader(REPLAYED_HEADER, 'true');
    res.status(statusCode);
    // Nest applies the route's own status (@HttpCode, 201) after the interceptor: the stored one stands.
    res.status = (() => res) as Response['status'];
    return body === null ? undefined : parsed(body);
  }
}

/** Stored JSON back to a value for Nest to send; a text body (none today) goes back as text. */
function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
