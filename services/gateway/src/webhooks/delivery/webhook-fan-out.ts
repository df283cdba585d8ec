import { uuidv7 } from '@lienthong/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { withinScopeSql } from '../../changes/change-log.repository';
import type { WebhookOwnerKind } from '../webhook';
import type { OwnerAccess } from './webhook-owner-access';

const WINDOW = 1_000;

/** The owner's access now (a user's scope can change; a client can be revoked). */
export type OwnerAccessOf = (kind: WebhookOwnerKind, id: string) => Promise<OwnerAccess>;

interface DueWebhook {
  id: string;
  owner_kind: WebhookOwnerKind;
  owner_id: string;
  event_types: string[];
  last_seq: string;
}

interface ChangeRow {
  seq: string;
  type: string;
  record_id: string;
  version: number;
  action: string;
  occurred_at: Date;
  owner_path: string | null;
  previous_owner_path: string | null;
}

/**
 * Turns new `change_log` rows into pending deliveries, per active webhook: the changes of its
 * event types within its owner's scope as it is now, `WINDOW` seqs at a time (changes made while
 * the owner may not read them are passed over, not kept for later). The webhook row is locked
 * (SKIP LOCKED) while it is fanned out, so replicas never both do one, and the unique
 * (webhook, change) index makes a repeat harmless. Returns the deliveries created.
 */
export async function fanOutChanges(dataSource: DataSource, accessOf: OwnerAccessOf): Promise<number> {
  const due = await dataSource.query<{ id: string }[]>(
    `SELECT id FROM webhook
     WHERE status = 'active' AND last_seq < (SELECT coalesce(max(seq), 0) FROM change_log)`,
  );
  let created = 0;
  for (const webhook of due) created += await fanOutOne(dataSource, webhook.id, accessOf);
  return created;
}

async function fanOutOne(dataSource: DataSource, webhookId: string, accessOf: OwnerAccessOf): Promise<number> {
  return dataSource.transaction(async (m) => {
    const locked = await m.query<DueWebhook[]>(
      `SELECT id, owner_kind, owner_id, event_types, last_seq::text AS last_seq FROM webhook WHERE id = $1 AND status = 'active' FOR UPDATE SKIP LOCKED`,
      [webhookId],
    );
    const webhook = locked[0];
    if (!webhook) return 0;
    const access = await accessOf(webhook.owner_kind, webhook.owner_id);
    let scopePath: string | null = null;
    if (access.allowed && access.scopeOrgId) {
      const rows = await m.query<{ path: string }[]>('SELECT path FROM org_replica WHERE id = $1', [access.scopeOrgId]);
      if (!rows[0]) return 0; // the scope root is not replicated yet: wait rather than guess
      scopePath = rows[0].path;
    }
    // The top first, the changes up to it after: appends commit in seq order, so every seq at or
    // below a top seen now is visible to the next statement. (Read the other way round, a change
    // committed between the two statements was passed over for good.)
    const top = await m.query<{ m: string }[]>('SELECT coalesce(max(seq), 0)::text AS m FROM change_log');
    const windowEnd = BigInt(webhook.last_seq) + BigInt(WINDOW);
    const through = BigInt(top[0].m) < windowEnd ? top[0].m : windowEnd.toString();
    const changes = access.allowed ? await newChanges(m, webhook, through, scopePath) : [];
    if (changes.length > 0) {
      const rows = changes.map((c) => ({
        id: uuidv7(),
        seq: c.seq,
        event: `${c.type}.${c.action}`,
        recordKey: `${c.type}:${c.record_id}`,
        version: c.version,
        body: JSON.stringify({ type: c.type, id: c.record_id, version: c.version, action: c.action, occurredAt: c.occurred_at.toISOString() }),
        ownerPath: c.owner_path,
        previousOwnerPath: c.previous_owner_path,
      }));
      await m.query(
        `INSERT INTO webhook_delivery (id, webhook_id, change_seq, event, record_key, record_version, body, owner_path, previous_owner_path)
         SELECT r.id, $1, r.seq, r.event, r."recordKey", r.version, r.body, r."ownerPath", r."previousOwnerPath"
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, seq bigint, event text, "recordKey" text, version int, body text, "ownerPath" text, "previousOwnerPath" text)
         ON CONFLICT (webhook_id, change_seq) WHERE replay_of IS NULL DO NOTHING`,
        [webhookId, JSON.stringify(rows)],
      );
    }
    await m.query(
      `UPDATE webhook SET last_seq = greatest(last_seq, $2::bigint), scope_org_id = CASE WHEN $3::boolean THEN $4::uuid ELSE scope_org_id END WHERE id = $1`,
      [webhookId, through, access.allowed, access.allowed ? access.scopeOrgId : null],
    );
    return changes.length;
  });
}

/** The webhook's next window of changes, after its position and through `through`: its event types, owned (now or before a move) within the scope path. */
function newChanges(m: EntityManager, webhook: DueWebhook, through: string, scopePath: string | null): Promise<ChangeRow[]> {
  return m.query<ChangeRow[]>(
    `SELECT seq::text AS seq, type, record_id, version, action, occurred_at, owner_path, previous_owner_path FROM change_log
     WHERE seq > $1::bigint AND seq <= $4::bigint
       AND (type || '.' || action = ANY($2::text[]) OR type || '.*' = ANY($2::text[])) AND ${withinScopeSql(3)}
     ORDER BY seq`,
    [webhook.last_seq, webhook.event_types, scopePath, through],
  );
}
