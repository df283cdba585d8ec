import type { EventEnvelope } from '@lienthong/contracts';
import { systemClaims, type OutboxWriter } from '@lienthong/platform';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

// The producer side of the crash specs (events-crash-*), shared by the specs and by the
// producer child process: a `source_widget` table whose rows change together with the facts
// that report them (one transaction: version bump + outbox rows), as a service's use case does.

export const CRASH_AGGREGATES = 50;
/** The consumer fixture's widget fact (`WIDGET_V1` in consumer-fixture.ts), so that its handler and tables apply it. */
export const CRASH_EVENT_TYPE = 'widgets.widget.changed.v1';
export const CRASH_SOURCE = 'widgets';

const origin = { auth: systemClaims('widgets'), correlationId: 'corr-events-crash' };

/** The producer's own state: one row per aggregate, its version bumped by every change. */
export class CreateSourceWidgets1796000000950 implements MigrationInterface {
  name = 'CreateSourceWidgets1796000000950';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE source_widget (id text PRIMARY KEY, version integer NOT NULL)`);
    await q.query(`INSERT INTO source_widget (id, version) SELECT 'w' || n, 0 FROM generate_series(0, ${CRASH_AGGREGATES - 1}) AS n`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE source_widget`);
  }
}

/**
 * One producer transaction: 1–4 random aggregates move to their next version and one fact per
 * change goes to the outbox. `beforeCommit` runs inside the transaction (a crash spec stops there).
 */
export async function writeWidgetChanges(
  dataSource: DataSource,
  writer: OutboxWriter,
  random: () => number,
  maxEvents: number,
  beforeCommit?: (written: EventEnvelope[]) => Promise<void>,
): Promise<EventEnvelope[]> {
  const wanted = Math.max(1, Math.min(maxEvents, 1 + Math.floor(random() * 4)));
  const ids = new Set<string>();
  while (ids.size < wanted) ids.add(`w${Math.floor(random() * CRASH_AGGREGATES)}`);
  return dataSource.transaction(async (manager) => {
    const changed: { id: string; version: number }[] = await manager.query(
      `WITH u AS (UPDATE source_widget SET version = version + 1 WHERE id = ANY($1) RETURNING id, version) SELECT id, version FROM u ORDER BY id`,
      [[...ids]],
    );
    const written = await writer.appendAll(
      manager,
      changed.map((c) => ({ type: CRASH_EVENT_TYPE, aggregateId: c.id, aggregateVersion: c.version, ownerOrgId: null, payload: { name: `${c.id} v${c.version}` } })),
      origin,
    );
    await beforeCommit?.(written);
    return written;
  });
}
