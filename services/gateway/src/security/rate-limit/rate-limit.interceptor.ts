import { DATA_SOURCE, LOGGER, type Logger } from '@lienthong/platform';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type OnApplicationShutdown } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal';
import { findRequestState } from '../../common/http/request-state';
import { GATEWAY_SETTINGS } from '../../common/tokens';
import type { ResolvedGatewaySettings } from '../../gateway-settings';
import { RateLimitedError } from './rate-limited.error';
import { resolveRateLimit, type RateLimitSettings } from './rate-limit.settings';
import { SharedRateCounters } from './shared-rate-counters';

/** Probes call these every few seconds from one address: never limited. */
const UNLIMITED_PATHS = ['/api/v1/health'];

/**
 * Global interceptor (it runs after the bearer guard, so the principal is known): one count
 * per request against the caller's subject id — a user's or an API client's — or, when no
 * one is signed in (public routes), against its address. Over the limit → 429
 * COMMON.RATE_LIMITED with `Retry-After` (seconds to the end of the window).
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor, OnApplicationShutdown {
  readonly settings: RateLimitSettings;
  private readonly counters: SharedRateCounters;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(GATEWAY_SETTINGS) gatewaySettings: ResolvedGatewaySettings,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.settings = resolveRateLimit(gatewaySettings.rateLimit);
    this.counters = new SharedRateCounters(dataSource, this.settings, logger);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    if (UNLIMITED_PATHS.some((path) => req.path.startsWith(path))) return next.handle();
    const principal = findRequestState(req)?.principal;
    const decision = principal
      ? this.counters.hit(`s:${subjectIdOf(principal)}`, this.settings.perSubject)
      : this.counters.hit(`a:${(req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 80)}`, this.settings.perAddress);
    if (!decision.allowed) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new RateLimitedError(decision.retryAfterSeconds);
    }
    return next.handle();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.counters.close();
  }
}

/** The principal's subject: an API client's id when the principal is a client, else the user's. */
function subjectIdOf(principal: Principal): string {
  const client = (principal as Principal & { clientId?: unknown }).clientId;
  return typeof client === 'string' ? `client:${client}` : principal.userId;
}
