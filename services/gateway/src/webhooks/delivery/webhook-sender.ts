import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup } from '../webhook-url.policy';
import { webhookSignature } from '../webhook-signature';
import type { WebhookSettings } from '../webhook.settings';

export interface OutgoingDelivery {
  id: string;
  url: string;
  secret: string;
  event: string;
  body: string;
  attempt: number;
}

export type SendOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * One POST to the registered URL and nowhere else: redirects are not followed (a 3xx is a
 * failure), the resolved address is checked at connect time, the whole exchange is bounded by
 * the timeout, and the response body is read and dropped (at most 64 KiB).
 */
export function sendWebhook(delivery: OutgoingDelivery, settings: WebhookSettings, now: Date = new Date()): Promise<SendOutcome> {
  const url = new URL(delivery.url);
  const loopbackHttp = url.protocol === 'http:';
  const request = loopbackHttp ? httpRequest : httpsRequest;
  const t = Math.floor(now.getTime() / 1000);
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(settings, loopbackHttp && settings.allowLoopbackHttp),
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(delivery.body),
          'User-Agent': 'LienThong-Webhooks/1',
          'X-LienThong-Signature': webhookSignature(delivery.secret, delivery.body, t),
          'X-LienThong-Delivery': delivery.id,
          'X-LienThong-Event': delivery.event,
          'X-LienThong-Attempt': String(delivery.attempt),
        },
      },
      (res: IncomingMessage) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 65_536) res.destroy();
        });
        res.on('close', () => {
          const status = res.statusCode ?? 0;
          finish(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`timeout after ${settings.timeoutMs} ms`));
    }, settings.timeoutMs);
    req.on('error', (error: Error) => finish({ ok: false, status: null, error: error.message.slice(0, 500) }));
    req.end(delivery.body);
  });
}
