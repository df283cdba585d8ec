import { verifyWebhookSignature } from '@lienthong/sdk/webhooks';
import { newWebhookSecret, webhookSignature } from './webhook-signature';

describe('webhook signature', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ type: 'org', id: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f', version: 2, action: 'moved', occurredAt: '2026-11-25T08:30:00.000Z' });
  const t = 1_795_000_000;

  it('is verified by the SDK with the secret, the raw body and a fresh timestamp', () => {
    expect(verifyWebhookSignature(body, webhookSignature(secret, body, t), secret, { nowSeconds: t + 10 })).toBe(true);
    expect(verifyWebhookSignature(Buffer.from(body), webhookSignature(secret, body, t), secret, { nowSeconds: t })).toBe(true);
  });

  it('fails for a tampered body, another secret, an old timestamp or a malformed header', () => {
    const header = webhookSignature(secret, body, t);
    expect(verifyWebhookSignature(body.replace('"version":2', '"version":3'), header, secret, { nowSeconds: t })).toBe(false);
    expect(verifyWebhookSignature(body, header, newWebhookSecret(), { nowSeconds: t })).toBe(false);
    expect(verifyWebhookSignature(body, header, secret, { nowSeconds: t + 301 })).toBe(false);
    expect(verifyWebhookSignature(body, header.replace(`t=${t}`, `t=${t + 1}`), secret, { nowSeconds: t })).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=x,v1=${'0'.repeat(64)}`]) expect(verifyWebhookSignature(body, bad, secret, { nowSeconds: t })).toBe(false);
  });

  it('makes a new 256-bit secret each time', () => {
    expect(newWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
  });
});
