import {
  CreateOutbox1795700000000,
  createDataSource,
  EventConsumer,
  OutboxRelay,
  OutboxWriter,
  runMigrations,
  type FactStream,
  type OutboxRelaySettings,
} from '@lienthong/platform';
import { createTestDatabase, type TestDatabase } from '@lienthong/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { quietLogger, WIDGET_V1, WidgetChangedPayload, widgetHandler, type ConsumerDatabase } from './consumer-fixture';
import { CRASH_EVENT_TYPE, CRASH_SOURCE, CreateSourceWidgets1796000000950, writeWidgetChanges } from './crash-producer';

// What the events-crash-* specs share: the producer database, the consumer under test, the
// exactly-once totals, and child processes run from TypeScript (jobs-support/register-ts.cjs).

if (CRASH_EVENT_TYPE !== WIDGET_V1) throw new Error('crash-producer and consumer-fixture disagree on the widget fact');

export interface ProducerDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  /** Outside the pools under test: the specs terminate those backends, never this one. */
  admin: Client;
  close(): Promise<void>;
}

export async function openProducerDatabase(label: string): Promise<ProducerDatabase> {
  const db = await createTestDatabase(label);
  const dataSource = createDataSource({ service: 'widgets_producer', url: db.url, entities: [], migrations: [CreateOutbox1795700000000, CreateSourceWidgets1796000000950], poolSize: 4 });
  await dataSource.initialize();
  await runMigrations(dataSource, 'widgets_producer', quietLogger());
  const admin = new Client({ connectionString: db.url, application_name: 'lt-crash-admin' });
  await admin.connect();
  return {
    db,
    dataSource,
    admin,
    close: async () => {
      await admin.end().catch(() => undefined);
      await dataSource.destroy();
      await db.drop();
    },
  };
}

export function crashRelay(producer: ProducerDatabase, stream: FactStream, applicationName: string, registry: Registry, settings: OutboxRelaySettings = {}): OutboxRelay {
  return new OutboxRelay({
    service: CRASH_SOURCE,
    connection: { connectionString: producer.db.url, application_name: applicationName, connectionTimeoutMillis: 5_000 },
    stream,
    logger: quietLogger(),
    registry,
    batchSize: 50,
    pollIntervalMs: 50,
    standbyRetryMs: 50,
    backoffInitialMs: 20,
    backoffMaxMs: 300,
    purgeIntervalMs: 0,
    ...settings,
  });
}

/** The consumer under test: the widget handler (one `effect` row per application + a version-guarded upsert). */
export async function startWidgetConsumer(
  consumer: ConsumerDatabase,
  stream: FactStream,
  group: string,
  { dataSource = consumer.dataSource, registry = new Registry() }: { dataSource?: DataSource; registry?: Registry } = {},
): Promise<EventConsumer> {
  const eventConsumer = new EventConsumer({
    group,
    source: CRASH_SOURCE,
    dataSource,
    stream,
    logger: quietLogger(),
    registry,
    replayPollMs: 0,
    backoff: { initialMs: 10, maxMs: 200 },
  }).handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(group));
  await eventConsumer.start();
  return eventConsumer;
}

/**
 * Writes events in 1–4-event transactions, one every `paceMs`, in the background: at least
 * `target`, and on while `keepGoing()` holds (so that faults injected meanwhile always meet traffic).
 */
export function produceInBackground(
  producer: ProducerDatabase,
  target: number,
  paceMs: number,
  random: () => number,
  keepGoing: () => boolean = () => false,
): { written: () => number; done: Promise<void> } {
  const writer = new OutboxWriter();
  let written = 0;
  const done = (async () => {
    while (written < target || keepGoing()) {
      written += (await writeWidgetChanges(producer.dataSource, writer, random, written < target ? target - written : 4)).length;
      await sleep(paceMs);
    }
  })();
  return { written: () => written, done };
}

export interface CrashTotals {
  /** Events whose transaction committed (the producer's outbox). */
  committed: number;
  unsent: number;
  /** Side effects (rows of `effect`), distinct events among them, the most for one event. */
  effects: number;
  applied: number;
  maxPerEvent: number;
  /** Committed but never applied; applied but never committed. */
  missing: number;
  unexpected: number;
  /** Aggregates whose replica holds the producer's last version and name. */
  aggregatesAtLastVersion: number;
  aggregates: number;
}

/** Compares the producer's committed facts and state with the consumer's side effects and replica. */
export async function crashTotals(producer: Client, consumer: Client, group: string): Promise<CrashTotals> {
  const outbox = await producer.query<{ id: string; sent: boolean }>('SELECT id, sent_at IS NOT NULL AS sent FROM outbox');
  const effects = await consumer.query<{ event_id: string; n: number }>('SELECT event_id, count(*)::int AS n FROM effect WHERE consumer_group = $1 GROUP BY event_id', [group]);
  const source = await producer.query<{ id: string; version: number }>('SELECT id, version FROM source_widget');
  const replica = await consumer.query<{ id: string; version: string; name: string | null; deleted: boolean }>('SELECT id, version, name, deleted FROM widget');
  const committed = new Set(outbox.rows.map((r) => r.id));
  const applied = new Map(effects.rows.map((r) => [r.event_id, r.n]));
  const replicaById = new Map(replica.rows.map((r) => [r.id, r]));
  const touched = source.rows.filter((s) => s.version > 0);
  return {
    committed: committed.size,
    unsent: outbox.rows.filter((r) => !r.sent).length,
    effects: [...applied.values()].reduce((a, b) => a + b, 0),
    applied: applied.size,
    maxPerEvent: Math.max(0, ...applied.values()),
    missing: [...committed].filter((id) => !applied.has(id)).length,
    unexpected: [...applied.keys()].filter((id) => !committed.has(id)).length,
    aggregatesAtLastVersion: touched.filter((s) => {
      const r = replicaById.get(s.id);
      return r !== undefined && Number(r.version) === s.version && r.name === `${s.id} v${s.version}` && !r.deleted;
    }).length,
    aggregates: touched.length,
  };
}

/** What every crash spec asserts at the end. */
export function expectExactlyOnce(totals: CrashTotals, events: number): void {
  expect(totals.committed).toBeGreaterThanOrEqual(events);
  expect(totals).toEqual({
    committed: totals.committed,
    unsent: 0,
    effects: totals.committed,
    applied: totals.committed,
    maxPerEvent: 1,
    missing: 0,
    unexpected: 0,
    aggregatesAtLastVersion: totals.aggregates,
    aggregates: totals.aggregates,
  });
}

export function describeTotals(t: CrashTotals): string {
  return `committed ${t.committed}, side effects ${t.effects} for ${t.applied} events (max per event ${t.maxPerEvent}), missing ${t.missing}, unexpected ${t.unexpected}, aggregates at last version ${t.aggregatesAtLastVersion}/${t.aggregates}`;
}

/** Polls until at least `minCommitted` events are committed and every committed one is sent and applied (or `timeoutMs` passes); returns the last totals. */
export async function settle(producer: Client, consumer: Client, group: string, timeoutMs: number, minCommitted = 0): Promise<CrashTotals> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const totals = await crashTotals(producer, consumer, group);
    if ((totals.committed >= minCommitted && totals.unsent === 0 && totals.missing === 0) || Date.now() > deadline) return totals;
    await sleep(50);
  }
}

const JOBS_SUPPORT = join(__dirname, '..', 'jobs-support');

/** Runs a TypeScript file in a plain `node` child (the loader the jobs crash spec uses), with its stdout read line by line. */
export function spawnTsChild(script: string, env: Record<string, string>, onLine: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, ['-r', join(JOBS_SUPPORT, 'register-ts.cjs'), script], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
  return child;
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The value of a counter (summed over its labels) in a registry. */
export async function counterTotal(registry: Registry, name: string): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values.reduce((sum, v) => sum + v.value, 0);
}
