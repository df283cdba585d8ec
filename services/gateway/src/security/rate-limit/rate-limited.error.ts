import { DomainError } from '@lienthong/platform';

/** COMMON.RATE_LIMITED, with how long to wait (sent as `Retry-After`). */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('COMMON.RATE_LIMITED');
  }
}
