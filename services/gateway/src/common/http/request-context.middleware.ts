import { requestContext } from '@lienthong/platform';
import type { NextFunction, Request, Response } from 'express';
import { requestState } from './request-state';

/**
 * Runs the rest of the request inside the platform's request context, so that every log
 * line and RPC made while handling it carries its correlation id. Placed after the body
 * parser: stream callbacks do not keep an AsyncLocalStorage context.
 */
export function requestContextMiddleware() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const { correlationId, language } = requestState(req);
    requestContext.run({ correlationId, language }, () => next());
  };
}
