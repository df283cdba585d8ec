import type { CallContext, Language } from '@lienthong/platform';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { requestState } from '../common/http/request-state';
import type { Principal } from './principal';

/** The signed context to pass to a typed client: who calls, correlation id, language. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): CallContext => {
  const callContext = requestState(context.switchToHttp().getRequest<Request>()).callContext;
  if (!callContext) throw new Error('@Caller() on a route without the bearer guard');
  return callContext;
});

/** The signed-in user of this request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestState(context.switchToHttp().getRequest<Request>()).principal;
  if (!principal) throw new Error('@CurrentPrincipal() on a route without the bearer guard');
  return principal;
});

/** The caller's language (Accept-Language), for messages built in a use case. */
export const RequestLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  requestState(context.switchToHttp().getRequest<Request>()).language,
);

/** The caller's address as Express sees it (`trust proxy` decides whether X-Forwarded-For counts). */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  context.switchToHttp().getRequest<Request>().ip ?? 'unknown',
);
