import type { ActorRef, EventEnvelope } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import { uuidv7 } from '../../ids/uuid-v7';

/** The NOTIFY channel an outbox insert wakes the relay on (one database per service). */
export const OUTBOX_CHANNEL = 'lienthong_outbox';

/** What a use case says about a fact; the writer adds id, time, actor and correlation id. */
export interface EventDraft<TPayload = unknown> {
  /** `<svc>.<entity>.<past-tense>.v<N>`, from `EVENTS` in the contracts. */
  type: string;
  aggregateId: string;
  /** The aggregate's version after the change: consumers refuse anything not newer than what they hold. */
  aggregateVersion: number;
  ownerOrgId: string | null;
  payload: TPayload;
}

/**
 * Who caused the fact. A `HandlerContext` fits as it is; a background job passes
 * `{ auth: systemClaims(service), correlationId }`.
 */
export interface EventOrigin {
  auth: { actor: ActorRef };
  correlationId: string;
}

/**
 * Appends facts to the outbox in the caller's transaction: the fact exists if and only if
 * the change commits. A NOTIFY in the same transaction wakes the relay at commit.
 */
export class OutboxWriter {
  constructor(private readonly clock: () => number = Date.now) {}

  async append<TPayload>(manager: EntityManager, draft: EventDraft<TPayload>, origin: EventOrigin): Promise<EventEnvelope<TPayload>> {
    const [envelope] = await this.appendAll(manager, [draft], origin);
    return envelope;
  }

  async appendAll<TPayload>(manager: EntityManager, drafts: readonly EventDraft<TPayload>[], origin: EventOrigin): Promise<EventEnvelope<TPayload>[]> {
    if (drafts.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxWriter.append needs the manager of an open transaction');
    const now = this.clock();
    const envelopes = drafts.map((d) => this.envelope(d, origin, now));
    await manager.query(
      `INSERT INTO outbox (id, type, aggregate_id, aggregate_version, owner_org_id, occurred_at, envelope)
       SELECT e.id, e.type, e."aggregateId", e."aggregateVersion", e."ownerOrgId", e."occurredAt", j
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(j, n),
            jsonb_to_record(j) AS e(id uuid, type text, "aggregateId" text, "aggregateVersion" int, "ownerOrgId" uuid, "occurredAt" timestamptz)
       ORDER BY n`,
      [JSON.stringify(envelopes)],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return envelopes;
  }

  private envelope<TPayload>(draft: EventDraft<TPayload>, origin: EventOrigin, now: number): EventEnvelope<TPayload> {
    return {
      id: uuidv7(now),
      type: draft.type,
      occurredAt: new Date(now).toISOString(),
      ownerOrgId: draft.ownerOrgId,
      aggregateId: draft.aggregateId,
      aggregateVersion: draft.aggregateVersion,
      actor: { ...origin.auth.actor },
      correlationId: origin.correlationId,
      payload: draft.payload,
    };
  }
}
