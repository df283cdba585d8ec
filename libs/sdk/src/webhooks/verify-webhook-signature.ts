import { createHmac, timingSafeEqual } from 'node:crypto';

export interface VerifyWebhookOptions {
  /** Refuse a signature older (or newer) than this many seconds: replay protection. Default 300. */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (tests). */
  nowSeconds?: number;
}

/**
 * Checks `X-LienThong-Signature: t=<unix>,v1=<hex>` against the raw request body (the exact
 * bytes received, before any JSON parsing) and the webhook's secret: HMAC-SHA256 over
 * `<t>.<body>`, compared in constant time, with `t` within the tolerance. Several `v1=` values
 * may be present; one match is enough. Node only (node:crypto): import this file directly,
 * it is not part of the browser bundle.
 */
export function verifyWebhookSignature(rawBody: string | Buffer, header: string | undefined, secret: string, options: VerifyWebhookOptions = {}): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => Buffer.from(v as string, 'hex'));
  if (!Number.isInteger(t) || signatures.length === 0) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  return signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected));
}
