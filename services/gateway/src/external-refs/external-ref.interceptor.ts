import { DomainError, LOGGER, type Logger } from '@lienthong/platform';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { catchError, from, mergeMap, switchMap, type Observable } from 'rxjs';
import { findRequestState } from '../common/http/request-state';
import { principalKey } from '../idempotency/principal-key';
import { EXTERNAL_ID_RESOURCE } from './accepts-external-id.decorator';
import { validExternalId } from './external-id';
import { ExternalRefsRepository, type ExternalRefKey } from './external-refs.repository';

/**
 * On routes marked @AcceptsExternalId: takes `externalId` out of the body (the route's own DTO
 * never sees it), reserves it for the caller (409 EXTERNAL_REFS.EXTERNAL_ID_TAKEN when mapped
 * or being created), runs the create, then maps it to the new record's `id` — before the
 * answer is sent, so it is inside the idempotent answer too. A failed create frees it.
 */
@Injectable()
export class ExternalRefInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ExternalRefsRepository) private readonly refs: ExternalRefsRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const resourceType = this.reflector.get<string | undefined>(EXTERNAL_ID_RESOURCE, context.getHandler());
    if (!resourceType || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const body = req.body as Record<string, unknown> | undefined;
    const principal = findRequestState(req)?.principal;
    if (!principal || typeof body !== 'object' || body === null || Array.isArray(body) || !('externalId' in body)) return next.handle();
    const ref: ExternalRefKey = { principal: principalKey(principal), resourceType, externalId: validExternalId(body.externalId) };
    delete body.externalId;
    return from(this.refs.reserve(ref)).pipe(
      switchMap((reserved) => {
        if (!reserved) throw new DomainError('EXTERNAL_REFS.EXTERNAL_ID_TAKEN');
        return next.handle().pipe(
          mergeMap(async (result: unknown) => {
            await this.attach(ref, result);
            return result;
          }),
          catchError(async (error: unknown) => {
            await this.refs.release(ref).catch(() => undefined);
            throw error;
          }),
        );
      }),
    );
  }

  private async attach(ref: ExternalRefKey, result: unknown): Promise<void> {
    const id = (result as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') {
      this.logger.error('A create with externalId answered no id', { resourceType: ref.resourceType });
      return;
    }
    await this.refs.attach(ref, id);
  }
}
