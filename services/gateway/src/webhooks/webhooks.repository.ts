import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Webhook, WebhookDelivery, WebhookOwnerKind } from './webhook';

const WEBHOOK_COLUMNS = `id, owner_kind AS "ownerKind", owner_id AS "ownerId", scope_org_id AS "scopeOrgId", url, description,
  event_types AS "eventTypes", status, disabled_at AS "disabledAt", disabled_reason AS "disabledReason",
  consecutive_failures AS "consecutiveFailures", failing_since AS "failingSince", created_at AS "createdAt",
  updated_at AS "updatedAt", version`;

const DELIVERY_COLUMNS = `id, webhook_id AS "webhookId", event, record_key AS "recordKey", record_version AS "recordVersion", status, attempts,
  next_attempt_at AS "nextAttemptAt", last_status_code AS "lastStatusCode", last_error AS "lastError",
  last_attempt_at AS "lastAttemptAt", replay_of AS "replayOf", created_at AS "createdAt", finished_at AS "finishedAt"`;

export interface WebhookOwner {
  kind: WebhookOwnerKind;
  id: string;
}

export interface NewWebhook {
  id: string;
  owner: WebhookOwner;
  scopeOrgId: string | null;
  url: string;
  description: string | null;
  eventTypes: string[];
  secret: string;
}

export interface WebhookPatch {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  /** `active` re-enables a disabled webhook and forgets its failures. */
  status?: 'active' | 'disabled';
}

/** The webhooks of an owner (a user or an API client) and their delivery logs. Another owner's are never found. */
@Injectable()
export class WebhooksRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Starts at the feed's current end: a new webhook gets what changes from now on. */
  async insert(w: NewWebhook): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO webhook (id, owner_kind, owner_id, scope_org_id, url, description, event_types, secret, last_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT coalesce(max(seq), 0) FROM change_log))`,
      [w.id, w.owner.kind, w.owner.id, w.scopeOrgId, w.url, w.description, w.eventTypes, w.secret],
    );
  }

  async find(id: string, owner: WebhookOwner): Promise<Webhook | undefined> {
    const rows = await this.dataSource.query<Webhook[]>(`SELECT ${WEBHOOK_COLUMNS} FROM webhook WHERE id = $1 AND owner_kind = $2 AND owner_id = $3`, [
      id,
      owner.kind,
      owner.id,
    ]);
    return rows[0];
  }

  async list(owner: WebhookOwner, after: string | undefined, limit: number): Promise<Webhook[]> {
    return this.dataSource.query<Webhook[]>(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhook WHERE owner_kind = $1 AND owner_id = $2 AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4`,
      [owner.kind, owner.id, after ?? null, limit],
    );
  }

  async update(id: string, owner: WebhookOwner, patch: WebhookPatch): Promise<Webhook | undefined> {
    const rows = await this.dataSource.query<[Webhook[], number]>(
      `UPDATE webhook SET
         url = coalesce($4, url),
         description = CASE WHEN $5::boolean THEN $6 ELSE description END,
         event_types = coalesce($7, event_types),
         status = coalesce($8, status),
         disabled_at = CASE WHEN $8 = 'active' THEN NULL WHEN $8 = 'disabled' AND status = 'active' THEN now() ELSE disabled_at END,
         disabled_reason = CASE WHEN $8 = 'active' THEN NULL WHEN $8 = 'disabled' AND status = 'active' THEN 'by-owner' ELSE disabled_reason END,
         consecutive_failures = CASE WHEN $8 = 'active' THEN 0 ELSE consecutive_failures END,
         failing_since = CASE WHEN $8 = 'active' THEN NULL ELSE failing_since END,
         version = version + 1, updated_at = now()
       WHERE id = $1 AND owner_kind = $2 AND owner_id = $3
       RETURNING ${WEBHOOK_COLUMNS}`,
      [id, owner.kind, owner.id, patch.url ?? null, patch.description !== undefined, patch.description ?? null, patch.eventTypes ?? null, patch.status ?? null],
    );
    return rows[0][0];
  }

  async delete(id: string, owner: WebhookOwner): Promise<boolean> {
    const rows = await this.dataSource.query<[
      unknown[],
      number,
    ]>('DELETE FROM webhook WHERE id = $1 AND owner_kind = $2 AND owner_id = $3 RETURNING id', [id, owner.kind, owner.id]);
    return rows[1] > 0;
  }

  /** Newest first, keyset on the delivery id (uuid v7). */
  async deliveries(webhookId: string, before: string | undefined, limit: number): Promise<WebhookDelivery[]> {
    return this.dataSource.query<WebhookDelivery[]>(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery WHERE webhook_id = $1 AND ($2::uuid IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`,
      [webhookId, before ?? null, limit],
    );
  }

  /** A new pending delivery of the same change and body (a new id: the log keeps both). */
  async replay(webhookId: string, deliveryId: string, newId: string): Promise<WebhookDelivery | undefined> {
    const rows = await this.dataSource.query<WebhookDelivery[]>(
      `INSERT INTO webhook_delivery (id, webhook_id, change_seq, event, record_key, record_version, body, owner_path, previous_owner_path, replay_of)
       SELECT $3, webhook_id, change_seq, event, record_key, record_version, body, owner_path, previous_owner_path, id
       FROM webhook_delivery WHERE id = $2 AND webhook_id = $1
       RETURNING ${DELIVERY_COLUMNS}`,
      [webhookId, deliveryId, newId],
    );
    return rows[0];
  }
}
