import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'X-Correlation-Id';

/**
 * What we accept from a caller: 8–64 characters of letters, digits, `-`, `_`, `.` and `:`
 * (UUIDs, ULIDs, W3C trace ids, most proxies' request ids). Anything else could smuggle
 * text into log lines and headers, so it is replaced.
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,64}$/;

export function isWellFormedCorrelationId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED.test(value);
}

/** The caller's id when it is well-formed, else a fresh one. */
export function resolveCorrelationId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return isWellFormedCorrelationId(given) ? given : randomUUID();
}
