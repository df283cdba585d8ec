// A producer process for events-crash-producer: writes facts in transactions (source_widget
// version bump + outbox rows) and runs the OutboxRelay, printing what it does line by line.
// CRASH_KILL_AT = `<mark>:<n>` makes it stop still at the n-th such mark, so that the parent's
// SIGKILL lands exactly there:
//   open        inside a producer transaction, after the outbox insert, before COMMIT
//   committed   right after a COMMIT, before the relay has published it
//   publishing  in the middle of a relay batch: half of it handed to the stream, then stop
//   published   the whole batch acknowledged by the stream, before the rows are marked sent
// Once stopped, publishing stops too (the relay hangs in `publish`), so nothing moves on before the kill.
import type { EventEnvelope } from '@lienthong/contracts';
import {
  createDataSource,
  dedicatedConnectionConfig,
  JetStreamFactStream,
  JsonLogger,
  OutboxRelay,
  OutboxWriter,
  PgBusFactStream,
  type FactStream,
} from '@lienthong/platform';
import { Registry } from 'prom-client';
import { seededRandom } from './consumer-fixture';
import { CRASH_SOURCE, writeWidgetChanges } from './crash-producer';

type Mark = 'open' | 'committed' | 'publishing' | 'published';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const ids = (events: readonly EventEnvelope[]): string => events.map((e) => e.id).join(' ');

const [killMark, killAtText] = (process.env['CRASH_KILL_AT'] ?? '').split(':') as [Mark | '', string | undefined];
const killAt = Number(killAtText ?? 0);
const seen: Record<Mark, number> = { open: 0, committed: 0, publishing: 0, published: 0 };
let stopped = false;

function hang(): Promise<never> {
  setInterval(() => undefined, 60_000); // keeps the process alive while it waits for its SIGKILL
  return new Promise<never>(() => undefined);
}

/** Counts a mark; true at the planned one. */
function planned(mark: Mark): boolean {
  seen[mark] += 1;
  return mark === killMark && seen[mark] === killAt;
}

/** Stops everything right here and waits for the parent's SIGKILL. */
function stop(mark: Mark): Promise<never> {
  stopped = true;
  say(`stopped ${mark}`);
  return hang();
}

/** The real stream, with the relay's batches printed (and cut in half at the planned mark). */
function observed(inner: FactStream): FactStream {
  return {
    kind: inner.kind,
    consume: (options, handler) => inner.consume(options, handler),
    close: () => inner.close(),
    publish: async (events) => {
      if (stopped) await hang();
      say(`publish ${ids(events)}`);
      if (events.length >= 2 && planned('publishing')) {
        await inner.publish(events.slice(0, Math.floor(events.length / 2)));
        await stop('publishing');
      }
      await inner.publish(events);
      if (planned('published')) await stop('published');
    },
  };
}

async function main(): Promise<void> {
  const logger = new JsonLogger({ app: 'producer-crash-child' }, 'error', (line) => process.stderr.write(`${line}\n`));
  const dataSource = createDataSource({ service: 'widgets_producer', url: env('CRASH_PRODUCER_DB'), entities: [], migrations: [], poolSize: 2 });
  await dataSource.initialize();
  const inner: FactStream =
    env('CRASH_STREAM') === 'jetstream'
      ? await JetStreamFactStream.connect({ servers: env('CRASH_STREAM_URL'), name: 'producer-crash-child', subjectPrefix: env('CRASH_SUBJECT_PREFIX'), logger, publishTimeoutMs: 2_000 })
      : await PgBusFactStream.connect({ url: env('CRASH_STREAM_URL'), logger, poolSize: 2 });
  const relay = new OutboxRelay({
    service: CRASH_SOURCE,
    connection: dedicatedConnectionConfig(dataSource, 'lt-crash-relay'),
    stream: observed(inner),
    logger,
    registry: new Registry(),
    batchSize: 25,
    pollIntervalMs: 20,
    standbyRetryMs: 20,
    backoffInitialMs: 20,
    backoffMaxMs: 200,
    purgeIntervalMs: 0,
  });
  relay.start();
  say('ready');

  const random = seededRandom(Number(env('CRASH_SEED')));
  const writer = new OutboxWriter();
  const paceMs = Number(env('CRASH_PACE_MS'));
  const [{ n }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox');
  let left = Math.min(Number(env('CRASH_QUOTA')), Number(env('CRASH_TARGET')) - n);
  while (left > 0 && !stopped) {
    const written = await writeWidgetChanges(dataSource, writer, random, left, async (open) => {
      say(`open ${ids(open)}`);
      if (planned('open')) await stop('open');
    });
    say(`committed ${ids(written)}`);
    left -= written.length;
    if (planned('committed')) await stop('committed');
    if (paceMs > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
  }
  say('quota done');
}

main().catch((error: unknown) => {
  process.stderr.write(`producer-crash-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
