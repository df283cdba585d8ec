import { DATA_SOURCE, errorText, LOGGER, type Logger } from '@lienthong/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import { GATEWAY_SETTINGS } from '../../common/tokens';
import type { ResolvedGatewaySettings } from '../../gateway-settings';
import type { WebhookSettings } from '../webhook.settings';
import { deliveryBackoffMs } from './delivery-backoff';
import { fanOutChanges } from './webhook-fan-out';
import { WebhookDeliveryStore, type ClaimedDelivery } from './webhook-delivery.store';
import { WebhookOwnerAccess } from './webhook-owner-access';
import { sendWebhook } from './webhook-sender';

export const PERSISTENT_FAILURE = 'persistent-failure';

/**
 * Every replica runs one: each tick fans new changes out to deliveries, then sends the due ones
 * (leased with SKIP LOCKED, so replicas share the work and never send one twice at once). The
 * owner's access and scope are read again before each send. Failures back off exponentially with
 * jitter; after `maxAttempts` a delivery is abandoned so the record's next version can go; after
 * `disableAfterFailures` failures in a row spanning `disableAfterMs` the webhook is disabled,
 * with an audit entry and a warning in the log.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly settings: WebhookSettings;
  private readonly store: WebhookDeliveryStore;
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
    @Inject(WebhookOwnerAccess) private readonly owners: WebhookOwnerAccess,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.settings = settings.webhooks;
    this.store = new WebhookDeliveryStore(dataSource);
    this.logger = logger.child({ component: 'webhook-delivery' });
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollMs > 0) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass (tests call it to avoid waiting): fan out, then send what is due until nothing is. */
  async tick(): Promise<void> {
    await fanOutChanges(this.dataSource, (kind, id) => this.owners.of(kind, id));
    for (;;) {
      const claimed = await this.store.claim(this.settings.concurrency, this.settings.timeoutMs + 5_000);
      await Promise.all(claimed.map((d) => this.deliver(d)));
      if (claimed.length < this.settings.concurrency || this.stopped) return;
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.warn('Webhook delivery pass failed', { error: errorText(error) }))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.settings.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  private async deliver(d: ClaimedDelivery): Promise<void> {
    const refusal = await this.refusal(d);
    if (refusal) {
      await this.store.skipped(d.id, refusal);
      return;
    }
    const outcome = await sendWebhook({ id: d.id, url: d.url, secret: d.secret, event: d.event, body: d.body, attempt: d.attempts }, this.settings);
    if (outcome.ok) {
      await this.store.succeeded(d.id, d.webhookId, outcome.status);
      return;
    }
    const retryInMs = d.attempts >= this.settings.maxAttempts ? null : deliveryBackoffMs(d.attempts, this.settings);
    const { failures, since } = await this.store.failed(d.id, d.webhookId, outcome.status, outcome.error, retryInMs);
    this.logger.info('Webhook delivery failed', { deliveryId: d.id, webhookId: d.webhookId, error: outcome.error, attempt: d.attempts, retryInMs });
    if (failures >= this.settings.disableAfterFailures && Date.now() - since.getTime() >= this.settings.disableAfterMs) await this.disable(d, failures, since);
  }

  /** Why this delivery must not be sent now (the owner lost access, or the change is outside its scope), or null. */
  private async refusal(d: ClaimedDelivery): Promise<string | null> {
    const access = await this.owners.of(d.ownerKind, d.ownerId);
    if (!access.allowed) return access.reason;
    if (access.scopeOrgId === null) return null;
    const scope = await this.store.scopePath(access.scopeOrgId);
    const within = (path: string | null) => scope !== null && path !== null && path.startsWith(scope);
    return within(d.ownerPath) || within(d.previousOwnerPath) ? null : 'outside the owner’s scope';
  }

  private async disable(d: ClaimedDelivery, failures: number, since: Date): Promise<void> {
    if (!(await this.store.disable(d.webhookId, PERSISTENT_FAILURE))) return;
    this.logger.warn('Webhook disabled after persistent delivery failure', { webhookId: d.webhookId, failures, failingSince: since.toISOString() });
    this.audit.record({
      action: 'webhook.disabled',
      outcome: 'success',
      actor: { type: 'system', id: null, name: 'gateway' },
      target: { type: 'webhook', id: d.webhookId, ownerOrgId: d.scopeOrgId },
      details: { reason: PERSISTENT_FAILURE, consecutiveFailures: failures, failingSince: since.toISOString(), ownerKind: d.ownerKind, ownerId: d.ownerId },
    });
  }
}
