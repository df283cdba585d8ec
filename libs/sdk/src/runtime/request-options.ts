/** Per-call settings, the last argument of every SDK method. */
export interface RequestOptions {
  /** Cancels the call (and its retries). */
  signal?: AbortSignal;
  /**
   * The key for this logical operation; by default a new random one per call. Pass your own to make
   * a retry across restarts of your program safe (store it with the work item).
   */
  idempotencyKey?: string;
  /** Overrides the client's `retries` for this call. */
  retries?: number;
  /** Extra headers (they cannot replace Authorization, Accept-Language or Idempotency-Key). */
  headers?: Record<string, string>;
}
