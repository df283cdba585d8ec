import { OPERATIONS } from '../generated/operations';
import { isRetryable, retryDelayMs } from './retry-policy';

describe('retry policy', () => {
  const settings = { baseDelayMs: 100, maxDelayMs: 5_000 };

  it('repeats a safe call (GET, or POST with its Idempotency-Key) after network errors and 429/502/503/504', () => {
    for (const spec of [OPERATIONS.listOrgs, OPERATIONS.createOrg]) {
      expect([429, 502, 503, 504].map((status) => isRetryable(spec, { status }))).toEqual([true, true, true, true]);
      expect(isRetryable(spec, { network: true })).toBe(true);
      expect([400, 401, 404, 409, 422, 500].map((status) => isRetryable(spec, { status }))).toEqual([false, false, false, false, false, false]);
    }
  });

  it('repeats a call that is not safe to repeat (PATCH, sign-in) only after a 429, which nothing was done for', () => {
    for (const spec of [OPERATIONS.updateOrg, OPERATIONS.login, OPERATIONS.refreshSession]) {
      expect(spec.idempotencyKey).toBe(false);
      expect(isRetryable(spec, { status: 429 })).toBe(true);
      expect(isRetryable(spec, { status: 503 })).toBe(false);
      expect(isRetryable(spec, { network: true })).toBe(false);
    }
  });

  it('waits what Retry-After says, and gives up when it is longer than the longest wait', () => {
    expect(retryDelayMs(0, 2, settings)).toBe(2_000);
    expect(retryDelayMs(3, 0, settings)).toBe(0);
    expect(retryDelayMs(0, 6, settings)).toBeUndefined();
  });

  it('otherwise backs off exponentially with jitter, never beyond the longest wait', () => {
    expect([0, 1, 2].map((attempt) => retryDelayMs(attempt, undefined, settings, () => 0))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map((attempt) => retryDelayMs(attempt, undefined, settings, () => 1))).toEqual([100, 200, 400]);
    expect(retryDelayMs(10, undefined, settings, () => 1)).toBe(5_000);
  });
});
