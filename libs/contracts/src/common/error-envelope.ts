import type { ErrorCode } from './error-codes';

/** One invalid field: `field` is a dotted path into the request (`parentId`, `items.0.name`). */
export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
}

/** How an error travels over NATS and leaves the gateway as a JSON body. */
export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  correlationId?: string;
}
