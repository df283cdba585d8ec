import type { JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { WebhookDeliveryStore } from './delivery/webhook-delivery.store';
import type { WebhookSettings } from './webhook.settings';

export const WEBHOOK_DELIVERY_PURGE_JOB = 'gateway.webhook-deliveries.purge';
const CHUNK = 5_000;

/** Nightly: finished deliveries older than `deliveryRetentionDays` leave the log, in chunks. */
export function webhookDeliveryPurgeJob(dataSource: DataSource, settings: WebhookSettings): JobDefinition {
  const store = new WebhookDeliveryStore(dataSource);
  return {
    name: WEBHOOK_DELIVERY_PURGE_JOB,
    schedules: [{ dailyAt: '02:50' }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      const before = new Date(Date.now() - settings.deliveryRetentionDays * 86_400_000);
      let total = 0;
      for (let deleted = CHUNK; deleted === CHUNK && !ctx.isCancelled(); total += deleted) deleted = await store.purgeFinished(before, CHUNK);
      ctx.reportProgress({ phase: 'done', done: total, total, message: `${total} webhook deliveries purged` });
    },
  };
}
