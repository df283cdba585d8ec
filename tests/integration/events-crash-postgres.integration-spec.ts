import { advisoryLockKey, JetStreamFactStream, PgBusFactStream, type FactStream } from '@lienthong/platform';
import { createTestDatabase, deleteTestStreams, scaledMs, testEnv, testSubjectPrefix } from '@lienthong/testing';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import { openConsumerDatabase, quietLogger, seededRandom, widgetEvent } from './support/consumer-fixture';
import {
  counterTotal,
  crashRelay,
  crashTotals,
  describeTotals,
  expectExactlyOnce,
  openProducerDatabase,
  produceInBackground,
  settle,
  sleep,
  startWidgetConsumer,
} from './support/crash-fixture';

// PostgreSQL going away under the relay and the consumer (issue 3). The machine's PostgreSQL is
// shared, so it is not stopped: instead every backend of the relay (its lock/LISTEN connection),
// of the consumer (its pool) and, over the bus, of both sides' bus connections is ended with
// pg_terminate_backend, 20 times while 1,000 events flow — only in this spec's own databases,
// matched by application_name. Both must recover by themselves; every event applied exactly once.
const EVENTS = 1_000;
const ROUNDS = 20;
const GROUP = 'widgets-crash.postgres-side';
const RELAY_APP = 'lt-crash-relay';

interface Kit {
  relayStream: FactStream;
  consumerStream: FactStream;
  /** `(database, application_name LIKE pattern)` pairs whose backends are terminated, besides the relay's and the consumer's. */
  targets: [string, string][];
  close(): Promise<void>;
}

const kinds: [string, () => Promise<Kit>][] = [
  [
    'pg-bus',
    async () => {
      const bus = await createTestDatabase('crash_pg_bus');
      const open = () => PgBusFactStream.connect({ url: bus.url, logger: quietLogger(), poolSize: 2, pollIntervalMs: 20, standbyRetryMs: 50, redeliveryDelayMs: () => 5 });
      const relayStream = await open();
      const consumerStream = await open();
      return {
        relayStream,
        consumerStream,
        targets: [[bus.name, 'lienthong-bus%']],
        close: async () => {
          await relayStream.close();
          await consumerStream.close();
          await bus.drop();
        },
      };
    },
  ],
];
const natsUrl = testEnv.natsUrl();
if (natsUrl) {
  kinds.push([
    'jetstream',
    async () => {
      const subjectPrefix = testSubjectPrefix();
      const open = (name: string) => JetStreamFactStream.connect({ servers: natsUrl, name, subjectPrefix, logger: quietLogger(), redeliveryDelayMs: () => 5, ackWaitMs: 10_000 });
      const relayStream = await open('crash-pg-relay');
      const consumerStream = await open('crash-pg-consumer');
      return {
        relayStream,
        consumerStream,
        targets: [],
        close: async () => {
          await relayStream.close();
          await consumerStream.close();
          await deleteTestStreams(subjectPrefix);
        },
      };
    },
  ]);
}

describe.each(kinds)('relay and consumer whose PostgreSQL backends are terminated (%s)', (kind, openKit) => {
  it(`apply ${EVENTS} events exactly once across ${ROUNDS} rounds of pg_terminate_backend`, async () => {
    const started = Date.now();
    const random = seededRandom(kind === 'pg-bus' ? 3104 : 3105);
    const stops: (() => Promise<unknown>)[] = [];
    try {
      const producer = await openProducerDatabase('crash_pg_producer');
      stops.push(() => producer.close());
      const consumer = await openConsumerDatabase('crash_pg_consumer');
      stops.push(() => consumer.close());
      const consumerAdmin = new Client({ connectionString: consumer.db.url, application_name: 'lt-crash-admin' });
      await consumerAdmin.connect();
      stops.push(() => consumerAdmin.end());
      const kit = await openKit();
      stops.push(() => kit.close());
      const relay = crashRelay(producer, kit.relayStream, RELAY_APP, new Registry());
      relay.start();
      stops.push(() => relay.stop());
      const consumerRegistry = new Registry();
      const eventConsumer = await startWidgetConsumer(consumer, kit.consumerStream, GROUP, { registry: consumerRegistry });
      stops.push(() => eventConsumer.stop());

      // Whose backends go: the relay's, the consumer's pool (consumer-fixture's `lienthong-widgets`), the bus connections.
      const targets: [string, string][] = [[producer.db.name, RELAY_APP], [consumer.db.name, 'lienthong-widgets'], ...kit.targets];
      const terminated = new Map<string, number>();
      let rounds = 0;
      const production = produceInBackground(producer, EVENTS, 15, random, () => rounds < ROUNDS);
      const connected = async (db: string, app: string) =>
        (await producer.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [db, app])).rows[0]?.n ?? 0;
      while (rounds < ROUNDS) {
        await sleep(150 + random() * 250);
        // Each round finds the relay and the consumer connected again (they reconnect by themselves) before ending them.
        // (a ceiling, scaled by LT_TEST_TIME_SCALE: they reconnect within a second on a quiet machine)
        const deadline = Date.now() + scaledMs(60_000);
        while ((await connected(producer.db.name, RELAY_APP)) === 0 || (await connected(consumer.db.name, 'lienthong-widgets')) === 0) {
          if (Date.now() > deadline) throw new Error(`round ${rounds + 1}: the relay or the consumer did not reconnect within ${scaledMs(60_000)} ms`);
          await sleep(10);
        }
        const { rows } = await producer.admin.query<{ app: string; n: number }>(
          `SELECT application_name AS app, count(pg_terminate_backend(a.pid))::int AS n
           FROM pg_stat_activity a JOIN unnest($1::text[], $2::text[]) AS t(db, app) ON a.datname = t.db AND a.application_name LIKE t.app
           WHERE a.pid <> pg_backend_pid()
           GROUP BY application_name`,
          [targets.map(([db]) => db), targets.map(([, app]) => app)],
        );
        for (const { app, n } of rows) terminated.set(app, (terminated.get(app) ?? 0) + n);
        rounds += 1;
      }
      const writtenAtLastRound = production.written();
      await production.done;
      await settle(producer.admin, consumerAdmin, GROUP, scaledMs(240_000)); // until all is applied; the ceiling only ends a hang
      await sleep(300);
      const totals = await crashTotals(producer.admin, consumerAdmin, GROUP);
      const [{ n: deadLetters }] = (await consumerAdmin.query<{ n: number }>('SELECT count(*)::int AS n FROM dead_letter')).rows;
      const failures = await counterTotal(consumerRegistry, 'lienthong_events_failures_total');
      const duplicates = await counterTotal(consumerRegistry, 'lienthong_events_duplicates_total');
      const byApp = [...terminated].map(([app, n]) => `${n} ${app}`).join(', ');
      process.stdout.write(
        `[events-crash postgres ${kind}] ${ROUNDS} rounds of pg_terminate_backend (${writtenAtLastRound} events written by the last one), backends ended: ${byApp}; ` +
          `${describeTotals(totals)}; ${failures} failed deliveries retried, ${duplicates} duplicates skipped, ${deadLetters} dead letters; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      expect(rounds).toBe(ROUNDS);
      expect(terminated.get(RELAY_APP) ?? 0).toBeGreaterThanOrEqual(ROUNDS);
      expect(terminated.get('lienthong-widgets') ?? 0).toBeGreaterThanOrEqual(ROUNDS);
      expect(deadLetters).toBe(0);
      expectExactlyOnce(totals, EVENTS);
    } finally {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    }
  }, scaledMs(600_000));
});

describe('PostgreSQL bus connection lost in the middle of a publish', () => {
  it('rejects the publish (the relay retries) instead of ending the process with an unheard pg client error', async () => {
    const bus = await createTestDatabase('crash_pg_bus_publish');
    const stream = await PgBusFactStream.connect({ url: bus.url, logger: quietLogger(), poolSize: 1 });
    const admin = new Client({ connectionString: bus.url, application_name: 'lt-crash-admin' });
    await admin.connect();
    try {
      // Hold the source's publish lock, so that the publish waits on it with its pool client checked out.
      await admin.query('BEGIN');
      await admin.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryLockKey('bus:source:widgets')]);
      const event = widgetEvent('w0', 1, 'w0 v1');
      const publishing = stream.publish([event]);
      const waiting = async () =>
        (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'lienthong-bus' AND wait_event_type = 'Lock'`, [bus.name])).rows[0]?.n ?? 0;
      while ((await waiting()) === 0) await sleep(10);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'lienthong-bus'`, [bus.name]);
      await expect(publishing).rejects.toThrow();
      await admin.query('ROLLBACK');
      await stream.publish([event]); // a new connection from the pool
      expect((await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM bus.event WHERE id = $1', [event.id])).rows).toEqual([{ n: 1 }]);
    } finally {
      await admin.end();
      await stream.close();
      await bus.drop();
    }
  }, scaledMs(120_000));
});
