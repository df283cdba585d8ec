/** Webhook delivery settings (`GATEWAY_WEBHOOK_*`); tests shorten the times. */
export interface WebhookSettings {
  /** Allow `http://127.0.0.1|localhost|[::1]` targets (tests, standalone on one machine). Default false. */
  allowLoopbackHttp: boolean;
  /** Allow targets in private, link-local, CGNAT or loopback ranges over https. Default false (SSRF guard). */
  allowPrivateNetworks: boolean;
  /** Per request; a slower receiver counts as a failure. Default 10 s. */
  timeoutMs: number;
  /** Attempts of one delivery before it is abandoned (and the record's next version may go). Default 8. */
  maxAttempts: number;
  /** Backoff before attempt n+1: base·2^(n-1), at most max, with ±20 % jitter. Default 10 s / 1 h. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Disabled after this many failed attempts in a row … Default 20. */
  disableAfterFailures: number;
  /** … that span at least this long. Default 24 h. */
  disableAfterMs: number;
  /** How often a replica looks for new changes and due deliveries. Default 1 s; 0 = no worker. */
  pollMs: number;
  /** Deliveries sent at once by one replica. Default 8. */
  concurrency: number;
  /** Finished deliveries are purged after this many days. Default 30. */
  deliveryRetentionDays: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowLoopbackHttp: false,
  allowPrivateNetworks: false,
  timeoutMs: 10_000,
  maxAttempts: 8,
  backoffBaseMs: 10_000,
  backoffMaxMs: 3_600_000,
  disableAfterFailures: 20,
  disableAfterMs: 24 * 3_600_000,
  pollMs: 1_000,
  concurrency: 8,
  deliveryRetentionDays: 30,
};

export function resolveWebhookSettings(partial: Partial<WebhookSettings> = {}): WebhookSettings {
  const s = { ...DEFAULT_WEBHOOK_SETTINGS, ...partial };
  for (const key of ['timeoutMs', 'maxAttempts', 'backoffBaseMs', 'backoffMaxMs', 'disableAfterFailures', 'concurrency', 'deliveryRetentionDays'] as const) {
    if (!(s[key] > 0)) throw new Error(`webhooks.${key} must be positive`);
  }
  if (s.disableAfterMs < 0 || s.pollMs < 0) throw new Error('webhooks.disableAfterMs and pollMs must not be negative');
  return s;
}
