import { JetStreamFactStream, type EventConsumer, type OutboxRelay } from '@lienthong/platform';
import { natsServerBinary, NatsServerProcess, testSubjectPrefix } from '@lienthong/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import { openConsumerDatabase, quietLogger, seededRandom, type ConsumerDatabase } from './support/consumer-fixture';
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
  type ProducerDatabase,
} from './support/crash-fixture';

// kill -9 of nats-server (issue 3): a private nats-server with JetStream (its own port and store
// directory; the machine's shared server is never touched) is SIGKILLed and restarted 20 times
// while a producer writes facts, the relay publishes them and a consumer applies them. Every
// committed event must end applied exactly once. Needs nats-server (skipped without it, unless
// REQUIRE_NATS=1).
const EVENTS = 1_000;
const KILLS = 20;
const GROUP = 'widgets-crash.nats-side';
const available = natsServerBinary() !== undefined || process.env['REQUIRE_NATS'] === '1';
if (!available) process.stdout.write('[events-crash nats-server] skipped: nats-server is not installed (set LT_NATS_SERVER_BIN, or REQUIRE_NATS=1 to fail instead)\n');

(available ? describe : describe.skip)('nats-server killed with SIGKILL while the relay publishes and the consumer consumes', () => {
  let storeDir: string;
  let server: NatsServerProcess | undefined;
  let producer: ProducerDatabase;
  let consumer: ConsumerDatabase;
  let consumerAdmin: Client;
  const stops: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    storeDir = mkdtempSync(join(tmpdir(), 'lt-crash-js-'));
    server = await NatsServerProcess.start(['-js', '-sd', storeDir]);
    producer = await openProducerDatabase('crash_nats_producer');
    consumer = await openConsumerDatabase('crash_nats_consumer');
    consumerAdmin = new Client({ connectionString: consumer.db.url, application_name: 'lt-crash-admin' });
    await consumerAdmin.connect();
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await server?.stop();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    await consumerAdmin?.end();
    await consumer?.close();
    await producer?.close();
  });

  it(`applies ${EVENTS} events exactly once across ${KILLS} kills of nats-server`, async () => {
    const started = Date.now();
    const nats = server as NatsServerProcess;
    const random = seededRandom(3103);
    const subjectPrefix = testSubjectPrefix();
    const connect = (name: string) =>
      JetStreamFactStream.connect({ servers: nats.url, name, subjectPrefix, logger: quietLogger(), publishTimeoutMs: 1_000, redeliveryDelayMs: () => 5, ackWaitMs: 5_000 });
    // The producer's relay and the consumer each have their own connection, as two services would.
    const relayStream = await connect('crash-relay');
    stops.push(() => relayStream.close());
    const consumerStream = await connect('crash-consumer');
    stops.push(() => consumerStream.close());
    const relayRegistry = new Registry();
    const relay: OutboxRelay = crashRelay(producer, relayStream, 'lt-crash-relay', relayRegistry);
    relay.start();
    stops.push(() => relay.stop());
    const consumerRegistry = new Registry();
    const eventConsumer: EventConsumer = await startWidgetConsumer(consumer, consumerStream, GROUP, { registry: consumerRegistry });
    stops.push(() => eventConsumer.stop());

    // ~70 events/s for ~14 s, while the server goes down 20 times (up 150–550 ms, down 0–250 ms).
    let kills = 0;
    const production = produceInBackground(producer, EVENTS, 30, random, () => kills < KILLS);
    let downMs = 0;
    let writtenAtLastKill = 0;
    while (kills < KILLS) {
      await sleep(150 + random() * 400);
      await nats.kill();
      kills += 1;
      writtenAtLastKill = production.written();
      const down = Date.now();
      await sleep(random() * 250);
      await nats.restart();
      downMs += Date.now() - down;
    }
    await production.done;
    const totals = await settle(producer.admin, consumerAdmin, GROUP, 90_000);
    await sleep(300); // anything still in flight lands now, so that a late duplicate would be counted
    const final = await crashTotals(producer.admin, consumerAdmin, GROUP);
    const publishFailures = await counterTotal(relayRegistry, 'lienthong_outbox_publish_failures_total');
    const duplicates = await counterTotal(consumerRegistry, 'lienthong_events_duplicates_total');
    process.stdout.write(
      `[events-crash nats-server] ${KILLS} SIGKILLs of nats-server (down ${(downMs / 1000).toFixed(1)} s in all, ${writtenAtLastKill} events written by the last kill); ` +
        `${describeTotals(final)}; ${publishFailures} relay batches failed and retried, ${duplicates} duplicate deliveries skipped by the inbox; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(kills).toBe(KILLS);
    expect(totals.missing).toBe(0);
    expectExactlyOnce(final, EVENTS);
  }, 180_000);
});
