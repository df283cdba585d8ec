import { PUBLIC_CHANGE_TYPES, CHANGE_TYPES } from '../changes/public-change-types';

/** What a webhook can subscribe to: `<type>.<action>` of every public change, or `<type>.*`. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [
  ...CHANGE_TYPES.map((t) => `${t}.*`),
  ...PUBLIC_CHANGE_TYPES.map((t) => `${t.type}.${t.action}`),
];

export type WebhookOwnerKind = 'user' | 'client';
export type WebhookStatus = 'active' | 'disabled';

export interface Webhook {
  id: string;
  ownerKind: WebhookOwnerKind;
  ownerId: string;
  scopeOrgId: string | null;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: WebhookStatus;
  disabledAt: Date | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'abandoned' | 'skipped';

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  event: string;
  recordKey: string;
  recordVersion: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  replayOf: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}
