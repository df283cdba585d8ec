export type LienThongLanguage = 'vi' | 'en';

/** `fetch` as the browser and Node 20 have it. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface LienThongClientOptions {
  /** Origin of the gateway, e.g. `https://lienthong.example.vn`; `''` in the SPA (same origin). Paths start with /api/v1. */
  baseUrl: string;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /** The current access token (called before every attempt); nothing → no Authorization header. */
  getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Called when a secured call answers 401: refresh the session and resolve `true` to repeat the call
   * once with the new token, or `false` to let the 401 through. Concurrent 401s share one call of the
   * hook (a refresh token is single use: two refreshes at once would revoke the session).
   */
  onUnauthorized?: (error: Error) => Promise<boolean>;
  /** Accept-Language of every call (error messages); a function is read on each call. Default `vi`. */
  language?: LienThongLanguage | (() => LienThongLanguage);
  /** Retries after a network error, 429, 502, 503 or 504. Default 2 (3 attempts). */
  retries?: number;
  /** First backoff delay in ms (doubled per attempt, with jitter). Default 300. */
  retryBaseDelayMs?: number;
  /** Longest wait before a retry; a Retry-After beyond it is not waited for (the error is thrown). Default 30,000. */
  maxRetryDelayMs?: number;
  /** Time limit of one attempt in ms. Default 30,000. */
  timeoutMs?: number;
}
