import type { WebhookSettings } from '../webhook.settings';

/** Wait before attempt `attempts + 1`: base·2^(attempts-1), capped, with ±20 % jitter so receivers are not hit in lockstep. */
export function deliveryBackoffMs(attempts: number, settings: Pick<WebhookSettings, 'backoffBaseMs' | 'backoffMaxMs'>, random: () => number = Math.random): number {
  const raw = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}
