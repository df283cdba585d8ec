import type { Response } from 'express';
import { REPLAYED_HEADERS } from './idempotency.settings';

export interface CapturedResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * Calls `settle` with the answer (status, the replayed headers, JSON body) before it is
 * written: `res.json`/`res.send` wait for it, so an answer the client sees is already stored,
 * and a retry arriving after it replays instead of meeting `in_progress`. Covers the handler's
 * result and the exception filter's error envelope alike. An answer written some other way (a
 * stream) is not kept: `unsettled` runs once it is sent, so the key is released. (Not on
 * 'close': a client that gave up must not free the key while its request still runs.)
 */
export function captureResponse(res: Response, settle: (response: CapturedResponse) => Promise<void>, unsettled: () => Promise<void>): void {
  const json = res.json.bind(res);
  const send = res.send.bind(res);
  let settled = false;
  const once = (body: string | null): Promise<void> => {
    settled = true;
    return settle({ statusCode: res.statusCode, headers: replayedHeaders(res), body });
  };
  res.json = ((body: unknown) => {
    if (settled) return json(body);
    void once(body === undefined ? null : JSON.stringify(withoutSecrets(body))).finally(() => json(body));
    return res;
  }) as Response['json'];
  res.send = ((body?: unknown) => {
    if (settled) return send(body);
    void once(typeof body === 'string' && body.length ? body : null).finally(() => send(body));
    return res;
  }) as Response['send'];
  res.once('finish', () => {
    if (settled) return;
    settled = true;
    void unsettled();
  });
}

function replayedHeaders(res: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = res.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

/** A field that carries a secret: `clientSecret`, `generatedPassword`, `…Token` (not `previousSecretValidUntil`). */
const SECRET_FIELD = /(secret|password|passphrase|token)$/i;
const REDACTED = '[redacted]';

/**
 * What is kept for a replay: the answer without the values of secret-named fields (a client
 * secret or generated password shown once, at any depth). Secrets are never stored in clear,
 * so a replay answers `"[redacted]"` there: rotate or reset to get a new one.
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null) return value;
  const { toJSON } = value as { toJSON?: unknown };
  if (typeof toJSON === 'function') return withoutSecrets((toJSON as () => unknown).call(value));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, SECRET_FIELD.test(key.replace(/[_-]/g, '')) ? REDACTED : withoutSecrets(item)]));
}
