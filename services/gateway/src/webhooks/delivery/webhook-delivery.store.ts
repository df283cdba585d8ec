import type { DataSource } from 'typeorm';
import type { WebhookOwnerKind } from '../webhook';

export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  event: string;
  body: string;
  attempts: number;
  ownerPath: string | null;
  previousOwnerPath: string | null;
  url: string;
  secret: string;
  ownerKind: WebhookOwnerKind;
  ownerId: string;
  /** The owner's scope root as last fanned out: the audit entry's owner org. */
  scopeOrgId: string | null;
}

/** The worker's SQL: claim due deliveries in order per record, and record what happened. */
export class WebhookDeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Leases up to `limit` due deliveries of active webhooks. A delivery waits while an earlier
   * version of the same record is still pending for the same webhook (in order per record);
   * SKIP LOCKED and the lease let several replicas work side by side.
   */
  async claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = await this.dataSource.query<[ClaimedDelivery[], number]>(
      `UPDATE webhook_delivery d SET leased_until = now() + make_interval(secs => $2::double precision / 1000), attempts = d.attempts + 1, last_attempt_at = now()
       FROM webhook w
       WHERE w.id = d.webhook_id AND d.id IN (
         SELECT c.id FROM webhook_delivery c JOIN webhook cw ON cw.id = c.webhook_id AND cw.status = 'active'
         WHERE c.status = 'pending' AND c.next_attempt_at <= now() AND (c.leased_until IS NULL OR c.leased_until < now())
           AND (c.replay_of IS NOT NULL OR NOT EXISTS (
             SELECT 1 FROM webhook_delivery e
             WHERE e.webhook_id = c.webhook_id AND e.record_key = c.record_key AND e.status = 'pending' AND e.replay_of IS NULL
               AND (e.record_version, e.change_seq) < (c.record_version, c.change_seq)))
         ORDER BY c.next_attempt_at, c.change_seq LIMIT $1
         FOR UPDATE OF c SKIP LOCKED)
       RETURNING d.id, d.webhook_id AS "webhookId", d.event, d.body, d.attempts, d.owner_path AS "ownerPath",
         d.previous_owner_path AS "previousOwnerPath", w.url, w.secret, w.owner_kind AS "ownerKind", w.owner_id AS "ownerId", w.scope_org_id AS "scopeOrgId"`,
      [limit, leaseMs],
    );
    return rows;
  }

  async scopePath(orgId: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ path: string }[]>('SELECT path FROM org_replica WHERE id = $1', [orgId]);
    return rows[0]?.path ?? null;
  }

  async succeeded(id: string, webhookId: string, status: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE webhook_delivery SET status = 'succeeded', last_status_code = $2, last_error = NULL, leased_until = NULL, finished_at = now() WHERE id = $1`,
        [id, status],
      );
      await m.query('UPDATE webhook SET consecutive_failures = 0, failing_since = NULL WHERE id = $1 AND consecutive_failures > 0', [webhookId]);
    });
  }

  /** Not sent: the owner may no longer see it. Does not count against the webhook. */
  async skipped(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET status = 'skipped', last_error = $2, leased_until = NULL, finished_at = now(), attempts = attempts - 1 WHERE id = $1`,
      [id, reason],
    );
  }

  /**
   * A failed attempt: retried after `retryInMs`, or abandoned (null). Counts against the webhook;
   * returns the webhook's failures in a row and since when.
   */
  async failed(id: string, webhookId: string, status: number | null, error: string, retryInMs: number | null): Promise<{ failures: number; since: Date }> {
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE webhook_delivery SET last_status_code = $2, last_error = $3, leased_until = NULL,
           status = CASE WHEN $4::double precision IS NULL THEN 'abandoned' ELSE 'pending' END,
           finished_at = CASE WHEN $4::double precision IS NULL THEN now() ELSE NULL END,
           next_attempt_at = CASE WHEN $4::double precision IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $4::double precision / 1000) END
         WHERE id = $1`,
        [id, status, error, retryInMs],
      );
      const rows = await m.query<[{ failures: number; since: Date }[], number]>(
        `UPDATE webhook SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now())
         WHERE id = $1 RETURNING consecutive_failures AS failures, failing_since AS since`,
        [webhookId],
      );
      return rows[0][0] ?? { failures: 0, since: new Date() };
    });
  }

  /** Disables an active webhook; true when this call did it (one notice, even with several replicas). */
  async disable(webhookId: string, reason: string): Promise<boolean> {
    const rows = await this.dataSource.query<[unknown[], number]>(
      `UPDATE webhook SET status = 'disabled', disabled_at = now(), disabled_reason = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'active' RETURNING id`,
      [webhookId, reason],
    );
    return rows[1] > 0;
  }

  /** Finished deliveries older than `before`, in chunks. */
  async purgeFinished(before: Date, chunk: number): Promise<number> {
    const rows = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery WHERE status <> 'pending' AND finished_at < $1 LIMIT $2)`,
      [before, chunk],
    );
    return rows[1];
  }
}
