/** How long a key is remembered (the replay window, then the purge job deletes it). */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/**
 * How long an `in_progress` key holds off duplicates. Longer than any request can run (the
 * service timeout is seconds), so only a request whose process died leaves one behind, and
 * after this the key can be used again (same request only).
 */
export const IDEMPOTENCY_LEASE_MS = 60 * 1000;
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Printable ASCII without spaces (UUIDs, ULIDs, base64url…), 1–255 characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Response headers replayed with the stored body (status and body are always replayed). */
export const REPLAYED_HEADERS = ['location', 'etag', 'cache-control'] as const;
/** Set on a replayed answer, so a client can tell (Stripe, IETF draft practice). */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
