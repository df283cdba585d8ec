import type { EventEnvelope, OrgChangedEventV1Payload } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import type { MemberFactPayload, PublicChangeType } from './public-change-types';

/**
 * Appends one public fact to `change_log` inside the consumer's inbox transaction.
 *
 * Appends are serialised by a transaction-level advisory lock, so rows commit in `seq` order:
 * a reader that has seen seq N can never later find a committed row below N (with a plain
 * sequence, a slow transaction could commit seq 5 after seq 6 was read and the feed would skip
 * it). The cost is one short lock per fact; bulk work publishes one coarse fact per batch.
 */
export async function appendChange(manager: EntityManager, fact: PublicChangeType, event: EventEnvelope<object>): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('gateway.change_log.append', 0))`);
  const ownerPath = await ownerPathOf(manager, fact, event);
  const previous = await previousPathOf(manager, fact, event, ownerPath);
  await manager.query(
    `INSERT INTO change_log (event_id, type, record_id, version, action, occurred_at, owner_org_id, owner_path, previous_owner_path)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (event_id) DO NOTHING`,
    [event.id, fact.type, event.aggregateId, event.aggregateVersion, fact.action, event.occurredAt, event.ownerOrgId, ownerPath, previous],
  );
}

/** An org's path comes with its fact (ancestors, root first); a member's from its org in the replica. */
async function ownerPathOf(manager: EntityManager, fact: PublicChangeType, event: EventEnvelope<object>): Promise<string> {
  if (fact.type === 'org') {
    const org = (event.payload as OrgChangedEventV1Payload).org;
    return `/${[...org.ancestorIds, org.id].join('/')}/`;
  }
  if (!event.ownerOrgId) throw new Error(`${event.type} ${event.id} has no owner org`);
  const path = await orgPath(manager, event.ownerOrgId);
  // Thrown → retried with backoff: the org's own fact is usually a moment behind on the replica.
  if (!path) throw new Error(`Org ${event.ownerOrgId} of ${event.type} ${event.id} is not in org_replica yet`);
  return path;
}

/** Where the record was before, when that differs (a move, a transfer): the old scope sees it leave. */
async function previousPathOf(manager: EntityManager, fact: PublicChangeType, event: EventEnvelope<object>, ownerPath: string): Promise<string | null> {
  const last = await manager.query<{ owner_path: string | null }[]>(
    `SELECT owner_path FROM change_log WHERE type = $1 AND record_id = $2 AND version < $3 ORDER BY version DESC, seq DESC LIMIT 1`,
    [fact.type, event.aggregateId, event.aggregateVersion],
  );
  let previous = last[0]?.owner_path ?? null;
  if (previous === null) {
    const fromOrgId = fact.type === 'member' ? (event.payload as MemberFactPayload).fromOrgId : event.aggregateId;
    previous = fromOrgId ? await orgPath(manager, fromOrgId) : null;
  }
  return previous !== null && previous !== ownerPath ? previous : null;
}

async function orgPath(manager: EntityManager, orgId: string): Promise<string | null> {
  const rows = await manager.query<{ path: string | null }[]>(
    `SELECT path FROM org_replica WHERE id = $1
     UNION ALL (SELECT owner_path FROM change_log WHERE type = 'org' AND record_id = $1::text ORDER BY seq DESC LIMIT 1)
     LIMIT 1`,
    [orgId],
  );
  return rows[0]?.path ?? null;
}
