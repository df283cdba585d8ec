import type { SnapshotWatermark } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';

/** The newest org fact in the members outbox (sent or not), or null when there is none (or all were purged). */
export async function readOrgWatermark(m: EntityManager): Promise<SnapshotWatermark | null> {
  const rows: { id: string; occurred_at: Date }[] = await m.query(`SELECT id, occurred_at FROM outbox WHERE type LIKE 'members.org.%' ORDER BY position DESC LIMIT 1`);
  return rows.length === 0 ? null : { lastEventId: rows[0].id, lastOccurredAt: rows[0].occurred_at.toISOString() };
}
