/** Keys whose values never reach the audit log, at any depth (case and separators ignored). */
const SECRET_KEY = /passw|passphrase|token|secret|authori[sz]ation|cookie|api-?key|credential/i;

const MAX_DEPTH = 6;
const MAX_STRING = 500;
const MAX_ARRAY = 50;
/** A details object larger than this (as JSON) is replaced by its top-level keys. */
export const MAX_DETAILS_CHARS = 8_000;

export const REDACTED = '[redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.replace(/[_\s.]/g, ''));
}

/**
 * A copy of `value` fit for the audit log: secret-named keys dropped recursively (their
 * presence kept as `[redacted]` so an auditor sees a password was sent, never which), long
 * strings cut, arrays and depth bounded, functions and symbols gone.
 */
export function sanitizeDetails(value: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!value) return {};
  const clean = sanitize(value, 0);
  const out = typeof clean === 'object' && clean !== null && !Array.isArray(clean) ? (clean as Record<string, unknown>) : {};
  if (JSON.stringify(out).length <= MAX_DETAILS_CHARS) return out;
  return { truncated: true, keys: Object.keys(out).slice(0, MAX_ARRAY) };
}

function sanitize(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.slice(0, MAX_ARRAY).map((item) => sanitize(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (isSecretKey(key)) out[key] = REDACTED;
    else out[key] = sanitize(item, depth + 1);
  }
  return out;
}
