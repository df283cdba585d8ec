import {
  CreateOutbox1795700000000,
  createDataSource,
  JetStreamFactStream,
  OutboxRelay,
  OutboxWriter,
  PgBusFactStream,
  runMigrations,
  systemClaims,
  type FactStream,
} from '@lienthong/platform';
import { createTestDatabase, quietLogger, testEnv, type TestDatabase } from '@lienthong/testing';
import { connect } from 'nats';
import { Client } from 'pg';
import { Registry } from 'prom-client';

/**
 * Relay lag (sent_at − occurred_at) at a steady 500 events/s for 10 s, one event per
 * transaction, over the PostgreSQL bus and over real JetStream. Prints the figures and
 * asserts only that everything went out: opt in with LT_BENCH_RELAY_LAG=1.
 *   LT_BENCH_RELAY_LAG=1 LT_TEST_NATS_URL=nats://127.0.0.1:4222 npx jest --selectProjects integration \
 *     --runTestsByPath tests/integration/events-producer-lag.integration-spec.ts
 */
const RATE = Number(process.env.LT_BENCH_RATE ?? 500);
const SECONDS = Number(process.env.LT_BENCH_SECONDS ?? 10);
const TICK_MS = 20;
const logger = quietLogger();
const origin = { auth: systemClaims('members'), correlationId: 'bench' };
const maybe = process.env.LT_BENCH_RELAY_LAG === '1' ? describe : describe.skip;

const kinds: [string, () => Promise<{ stream: FactStream; close(): Promise<void> }>][] = [
  [
    'pg-bus',
    async () => {
      const db = await createTestDatabase('bench_bus');
      const stream = await PgBusFactStream.connect({ url: db.url, logger });
      return { stream, close: async () => (await stream.close(), await db.drop()) };
    },
  ],
];
const natsUrl = testEnv.natsUrl();
if (natsUrl) {
  kinds.push([
    'jetstream',
    async () => {
      const prefix = `${testEnv.runId()}_bench`;
      const stream = await JetStreamFactStream.connect({ servers: natsUrl, name: 'bench', subjectPrefix: prefix, logger });
      return {
        stream,
        close: async () => {
          const name = await stream.ensureStream('members');
          await stream.close();
          const nc = await connect({ servers: natsUrl });
          await (await nc.jetstreamManager()).streams.delete(name).catch(() => undefined);
          await nc.close();
        },
      };
    },
  ]);
}

maybe.each(kinds)('relay lag over %s', (kind, makeStream) => {
  let db: TestDatabase;

  afterAll(async () => {
    await db?.drop();
  });

  it(`publishes ${RATE} events/s for ${SECONDS} s`, async () => {
    db = await createTestDatabase('bench_outbox');
    const ds = createDataSource({ service: 'bench', url: db.url, entities: [], migrations: [CreateOutbox1795700000000], poolSize: 20 });
    await ds.initialize();
    await runMigrations(ds, 'bench', logger);
    const kit = await makeStream();
    const relay = new OutboxRelay({ service: 'members', connection: { connectionString: db.url }, stream: kit.stream, logger, registry: new Registry() });
    relay.start();
    const writer = new OutboxWriter();
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const total = RATE * SECONDS;
      const perTick = (RATE * TICK_MS) / 1000;
      const started = Date.now();
      let written = 0;
      while (written < total) {
        const due = Math.min(total, Math.floor(((Date.now() - started) / TICK_MS + 1) * perTick));
        const batch = Array.from({ length: due - written }, (_, i) => written + i);
        written = due;
        await Promise.all(
          batch.map((n) =>
            ds.transaction((m) =>
              writer.append(m, { type: 'members.org.updated.v1', aggregateId: `a${n % 100}`, aggregateVersion: Math.floor(n / 100) + 1, ownerOrgId: null, payload: { n } }, origin),
            ),
          ),
        );
        const next = started + (Math.floor((Date.now() - started) / TICK_MS) + 1) * TICK_MS;
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
      const writeSeconds = (Date.now() - started) / 1000;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const { rows } = await pg.query('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL');
        if (Number(rows[0].n) === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { rows } = await pg.query(`
        SELECT count(*) AS n, count(sent_at) AS sent,
               percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - occurred_at) * 1000) AS p,
               max(extract(epoch FROM sent_at - occurred_at) * 1000) AS max
        FROM outbox`);
      const [p50, p99] = (rows[0].p as number[]).map((v) => v.toFixed(1));
      process.stdout.write(
        `[relay-lag ${kind}] ${rows[0].n} events at ${(Number(rows[0].n) / writeSeconds).toFixed(0)}/s over ${writeSeconds.toFixed(1)} s: ` +
          `p50 ${p50} ms, p99 ${p99} ms, max ${Number(rows[0].max).toFixed(1)} ms\n`,
      );
      expect(Number(rows[0].sent)).toBe(total);
    } finally {
      await relay.stop();
      await pg.end();
      await kit.close();
      await ds.destroy();
    }
  });
});
