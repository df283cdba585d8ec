import type { OperationSpec } from './operation-spec';

/** Answers that say "not now" rather than "no": worth another attempt after a pause. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Whether an attempt that failed this way may be repeated. A call that is safe to repeat (GET, PUT,
 * DELETE, or a POST carrying its Idempotency-Key) retries after network errors and 429/502/503/504.
 * Any other call (PATCH, sign-in) retries only a 429, which the server refused before doing anything.
 */
export function isRetryable(spec: OperationSpec, failure: { status?: number; network?: boolean }): boolean {
  const repeatable = spec.idempotencyKey || ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].includes(spec.method);
  if (failure.status === 429) return true;
  if (!repeatable) return false;
  return failure.network === true || (failure.status !== undefined && RETRYABLE_STATUSES.has(failure.status));
}

/**
 * Milliseconds to wait before attempt `attempt + 1` (attempt counts from 0): the server's Retry-After
 * when it sent one, otherwise exponential backoff with full jitter. `undefined` = too long, give up.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds: number | undefined,
  settings: { baseDelayMs: number; maxDelayMs: number },
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterSeconds !== undefined) {
    const wanted = retryAfterSeconds * 1000;
    return wanted > settings.maxDelayMs ? undefined : wanted;
  }
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
