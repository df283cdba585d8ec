import { DomainError } from '@lienthong/platform';

/** AUTH.LOGIN_LOCKED, with how long to wait (sent as `Retry-After`). */
export class LoginLockedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('AUTH.LOGIN_LOCKED');
  }
}
