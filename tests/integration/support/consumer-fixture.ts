import { scaledMs } from '@lienthong/testing';
import type { EventEnvelope } from '@lienthong/contracts';
import {
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  createDataSource,
  JsonLogger,
  runMigrations,
  upsertIfNewer,
  uuidv7,
  type EventHandler,
  type Logger,
} from '@lienthong/platform';
import { createTestDatabase, type TestDatabase } from '@lienthong/testing';
import { IsString, MaxLength } from 'class-validator';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/** A read model (`widget`, version-guarded, tombstones) and a side-effect log (`effect`: one row per application). */
export class CreateTestWidgets1796000000900 implements MigrationInterface {
  name = 'CreateTestWidgets1796000000900';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE widget (id text PRIMARY KEY, version bigint NOT NULL, name text NULL, deleted boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE TABLE effect (id bigserial PRIMARY KEY, consumer_group text NOT NULL, event_id uuid NOT NULL, aggregate_id text NOT NULL, version bigint NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE effect; DROP TABLE widget`);
  }
}

export class WidgetChangedPayload {
  @IsString()
  @MaxLength(100)
  name!: string;
}

export const WIDGET_V1 = 'widgets.widget.changed.v1';
export const WIDGET_V2 = 'widgets.widget.changed.v2';

export interface ConsumerDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function openConsumerDatabase(label: string): Promise<ConsumerDatabase> {
  const db = await createTestDatabase(label);
  const dataSource = createDataSource({
    service: 'widgets',
    url: db.url,
    entities: [],
    migrations: [CreateEventInbox1796000000000, CreateDeadLetter1796000000100, CreateTestWidgets1796000000900],
    poolSize: 6,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, 'widgets', quietLogger());
  return {
    db,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

export function quietLogger(lines?: string[]): Logger {
  return new JsonLogger({ app: 'widgets' }, lines ? 'debug' : 'error', (line) => lines?.push(line));
}

export function widgetEvent(aggregateId: string, version: number, name: string, type = WIDGET_V1): EventEnvelope<unknown> {
  return {
    id: uuidv7(),
    type,
    occurredAt: new Date().toISOString(),
    ownerOrgId: null,
    aggregateId,
    aggregateVersion: version,
    actor: { type: 'system', id: 'system:widgets', name: 'Hệ thống (widgets)' },
    correlationId: `corr-${aggregateId}-${version}`,
    payload: { name },
  };
}

/** The handler under test: a guarded replica write plus one side-effect row per application. */
export function widgetHandler(group: string, before?: (event: EventEnvelope<WidgetChangedPayload>, manager: EntityManager) => Promise<void>): EventHandler<WidgetChangedPayload> {
  return async (event, manager) => {
    await manager.query(`INSERT INTO effect (consumer_group, event_id, aggregate_id, version) VALUES ($1, $2, $3, $4)`, [
      group,
      event.id,
      event.aggregateId,
      event.aggregateVersion,
    ]);
    await before?.(event, manager);
    await upsertIfNewer(manager, 'widget', event.aggregateId, event.aggregateVersion, { name: event.payload.name });
  };
}

export interface EffectTotals {
  effects: number;
  distinctEvents: number;
  maxPerEvent: number;
}

export async function effectTotals(dataSource: DataSource, group?: string): Promise<EffectTotals> {
  const rows: { effects: string; distinct_events: string; max_per_event: string | null }[] = await dataSource.query(
    `SELECT count(*) AS effects, count(DISTINCT event_id) AS distinct_events,
            (SELECT max(n) FROM (SELECT count(*) AS n FROM effect WHERE $1::text IS NULL OR consumer_group = $1 GROUP BY event_id) x) AS max_per_event
     FROM effect WHERE $1::text IS NULL OR consumer_group = $1`,
    [group ?? null],
  );
  const row = rows[0];
  return { effects: Number(row.effects), distinctEvents: Number(row.distinct_events), maxPerEvent: Number(row.max_per_event ?? 0) };
}

export async function widgetState(dataSource: DataSource, id: string): Promise<{ version: number; name: string | null; deleted: boolean } | undefined> {
  const rows: { version: string; name: string | null; deleted: boolean }[] = await dataSource.query(`SELECT version, name, deleted FROM widget WHERE id = $1`, [id]);
  const row = rows[0];
  return row ? { version: Number(row.version), name: row.name, deleted: row.deleted } : undefined;
}

/** Polls `check` until it holds (the stream and the consumer run on their own). */
export async function eventually(check: () => Promise<boolean>, ceilingMs = 60_000, what = 'condition'): Promise<void> {
  // A ceiling, scaled by LT_TEST_TIME_SCALE: a passing run never waits for it, a slow machine must not fail on it.
  const deadline = Date.now() + scaledMs(ceilingMs);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${scaledMs(ceilingMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A small seeded PRNG (mulberry32), so a failing random run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
