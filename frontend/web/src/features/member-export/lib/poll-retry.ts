import { isApiError } from '../../../api/api-error';

/**
 * A poll that failed this way may well succeed in a moment: no answer at all (status 0: the network,
 * a timeout), a 5xx from a gateway restarting, or a 429. Anything else (404, 401…) will not get better.
 */
export function isPassingPollFailure(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/** The wait before the next poll after `failures` failed ones in a row: doubled each time, at most `maxMs`. */
export function pollBackoffMs(failures: number, pollMs: number, maxMs: number): number {
  return Math.min(maxMs, pollMs * 2 ** Math.max(0, failures));
}
