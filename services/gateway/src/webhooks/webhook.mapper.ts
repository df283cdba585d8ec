import type { WebhookDeliveryDto, WebhookDto } from './dto/webhook.dto';
import type { Webhook, WebhookDelivery } from './webhook';
import type { WebhookOwner } from './webhooks.repository';
import type { Principal } from '../auth/principal';

export function ownerOf(principal: Principal): WebhookOwner {
  return { kind: principal.kind ?? 'user', id: principal.userId };
}

export function toWebhookDto(w: Webhook): WebhookDto {
  return {
    id: w.id,
    url: w.url,
    description: w.description,
    eventTypes: w.eventTypes,
    status: w.status,
    disabledAt: w.disabledAt?.toISOString() ?? null,
    disabledReason: w.disabledReason,
    consecutiveFailures: w.consecutiveFailures,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    version: w.version,
  };
}

export function toDeliveryDto(d: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: d.id,
    event: d.event,
    record: d.recordKey,
    recordVersion: d.recordVersion,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt.toISOString(),
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    replayOf: d.replayOf,
    createdAt: d.createdAt.toISOString(),
    finishedAt: d.finishedAt?.toISOString() ?? null,
  };
}
