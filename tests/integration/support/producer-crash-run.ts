import { JetStreamFactStream, PgBusFactStream, type FactStream } from '@lienthong/platform';
import { createTestDatabase, deleteTestStreams, scaledMs, testEnv, testSubjectPrefix, type TestDatabase } from '@lienthong/testing';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { openConsumerDatabase, quietLogger, seededRandom, type ConsumerDatabase } from './consumer-fixture';
import { crashTotals, exited, openProducerDatabase, settle, spawnTsChild, startWidgetConsumer, type CrashTotals, type ProducerDatabase } from './crash-fixture';

// events-crash-producer*: a producer process (transactions + OutboxRelay, producer-crash-child.ts)
// is SIGKILLed again and again — inside a transaction, between commit and publish, in the middle of
// a relay batch, after the publish but before the rows are marked sent, and at random moments —
// and restarted each time, while a consumer in this process applies what reaches the stream.

export type KillPoint = 'open' | 'committed' | 'publishing' | 'published' | 'random';
const KILL_POINTS: KillPoint[] = ['open', 'committed', 'publishing', 'published', 'random'];

export interface ProducerCrashResult {
  totals: CrashTotals;
  kills: Record<KillPoint | 'fallback', number>;
  processes: number;
  /** Events written in a transaction that a kill cut short, and how many of them the stream or the consumer ever saw. */
  uncommitted: number;
  uncommittedSeen: number;
  /** Committed events handed to the stream more than once (a kill before the rows were marked sent). */
  republished: number;
  /** Events committed by the processes that were killed (the last process writes the rest). */
  committedBeforeLastKill: number;
  seconds: number;
}

interface Plan {
  point: KillPoint;
  /** The n-th mark of that kind, or ms after `ready` for a random kill. */
  at: number;
}

const CHILD = join(__dirname, 'producer-crash-child.ts');
const GROUP = 'widgets-crash.producer-side';

/** One run: `events` committed facts, `kills` SIGKILLs of the producer process. */
export async function runProducerCrash(kind: 'pg-bus' | 'jetstream', events: number, kills: number, seed: number): Promise<ProducerCrashResult> {
  const started = Date.now();
  const random = seededRandom(seed);
  const cleanup: (() => Promise<unknown>)[] = [];
  let child: ChildProcess | undefined;
  try {
    const producer: ProducerDatabase = await openProducerDatabase('crash_producer');
    cleanup.push(() => producer.close());
    const consumer: ConsumerDatabase = await openConsumerDatabase('crash_consumer');
    cleanup.push(() => consumer.close());
    const consumerAdmin = new Client({ connectionString: consumer.db.url, application_name: 'lt-crash-admin' });
    await consumerAdmin.connect();
    cleanup.push(() => consumerAdmin.end());

    let stream: FactStream;
    let streamEnv: Record<string, string>;
    let bus: TestDatabase | undefined;
    if (kind === 'pg-bus') {
      bus = await createTestDatabase('crash_bus');
      const busDb = bus;
      cleanup.push(() => busDb.drop());
      stream = await PgBusFactStream.connect({ url: bus.url, logger: quietLogger(), pollIntervalMs: 20, standbyRetryMs: 50, redeliveryDelayMs: () => 5 });
      streamEnv = { CRASH_STREAM: 'pg-bus', CRASH_STREAM_URL: bus.url };
    } else {
      const servers = testEnv.natsUrl();
      if (!servers) throw new Error('LT_TEST_NATS_URL is not set');
      const subjectPrefix = testSubjectPrefix();
      cleanup.push(() => deleteTestStreams(subjectPrefix));
      stream = await JetStreamFactStream.connect({ servers, name: 'events-crash-consumer', subjectPrefix, logger: quietLogger(), redeliveryDelayMs: () => 5, ackWaitMs: 10_000 });
      streamEnv = { CRASH_STREAM: 'jetstream', CRASH_STREAM_URL: servers, CRASH_SUBJECT_PREFIX: subjectPrefix };
    }
    const factStream = stream;
    cleanup.push(() => factStream.close());
    const eventConsumer = await startWidgetConsumer(consumer, stream, GROUP);
    cleanup.push(() => eventConsumer.stop());

    const plans: Plan[] = Array.from({ length: kills }, (_, i) => KILL_POINTS[i % KILL_POINTS.length])
      .map((point) => ({ point, sort: random() }))
      .sort((a, b) => a.sort - b.sort)
      .map(({ point }) => ({
        point,
        at: point === 'random' ? 100 + Math.floor(random() * 600) : point === 'open' || point === 'committed' ? 4 + Math.floor(random() * 20) : 2 + Math.floor(random() * 10),
      }));
    const killed: Record<KillPoint | 'fallback', number> = { open: 0, committed: 0, publishing: 0, published: 0, random: 0, fallback: 0 };
    const opened = new Set<string>();
    const handedOver = new Map<string, number>();
    const stderr: string[] = [];
    let processes = 0;

    /** One life of the producer process; resolves when it has been killed (or, without a plan, once everything is applied). */
    const life = async (plan: Plan | undefined, quota: number): Promise<void> => {
      processes += 1;
      let timer: NodeJS.Timeout | undefined;
      let kill: KillPoint | 'fallback' | undefined;
      const proc = spawnTsChild(
        CHILD,
        {
          ...streamEnv,
          CRASH_PRODUCER_DB: producer.db.url,
          CRASH_TARGET: String(events),
          CRASH_QUOTA: String(quota),
          CRASH_PACE_MS: plan ? '5' : '0',
          CRASH_SEED: String(seed * 1_000 + processes),
          CRASH_KILL_AT: plan && plan.point !== 'random' ? `${plan.point}:${plan.at}` : '',
        },
        (line) => {
          const [word, ...rest] = line.split(' ');
          if (word === 'open') for (const id of rest) opened.add(id);
          else if (word === 'publish') for (const id of rest) handedOver.set(id, (handedOver.get(id) ?? 0) + 1);
          else if (word === 'ready' && plan?.point === 'random') timer = setTimeout(() => hit('random'), plan.at);
          else if (word === 'stopped' && plan) hit(plan.point);
          // The planned mark may never come (the quota ran out first): kill once the relay is idle.
          else if (word === 'quota' && plan && plan.point !== 'random') timer = setTimeout(() => hit('fallback'), 1_000);
        },
      );
      child = proc;
      proc.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
      const hit = (point: KillPoint | 'fallback') => {
        if (kill || proc.exitCode !== null) return;
        kill = point;
        proc.kill('SIGKILL');
      };
      const gone = exited(proc);
      if (plan) {
        const deadline = setTimeout(() => hit('fallback'), 20_000);
        await gone;
        clearTimeout(deadline);
        clearTimeout(timer);
        if (!kill) throw new Error(`producer process exited by itself (${proc.exitCode}): ${stderr.join('').slice(0, 2_000)}`);
        killed[kill] += 1;
        return;
      }
      // Until the producer has committed all it must and all of it is applied: on a slow machine the
      // consumer can catch up with a producer still at work, which is not the end.
      const totals = await settle(producer.admin, consumerAdmin, GROUP, scaledMs(60_000), events);
      proc.kill('SIGKILL');
      await gone;
      if (totals.committed < events || totals.missing > 0 || totals.unsent > 0) {
        throw new Error(`not settled: ${JSON.stringify(totals)}; stderr: ${stderr.join('').slice(0, 2_000)}`);
      }
    };

    for (const plan of plans) await life(plan, 80);
    const [{ n: committedBeforeLastKill }] = (await producer.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox')).rows;
    await life(undefined, events);
    child = undefined;

    const totals = await crashTotals(producer.admin, consumerAdmin, GROUP);
    const committed = new Set((await producer.admin.query<{ id: string }>('SELECT id FROM outbox')).rows.map((r) => r.id));
    const uncommitted = [...opened].filter((id) => !committed.has(id));
    const { rows: seenByConsumer } = await consumerAdmin.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM effect WHERE event_id = ANY($1::uuid[])) + (SELECT count(*) FROM inbox WHERE event_id = ANY($1::uuid[]))::int AS n`,
      [uncommitted],
    );
    let uncommittedSeen = Number(seenByConsumer[0]?.n ?? 0);
    if (bus) {
      const busAdmin = new Client({ connectionString: bus.url });
      await busAdmin.connect();
      const { rows } = await busAdmin.query<{ n: number }>('SELECT count(*)::int AS n FROM bus.event WHERE id = ANY($1::uuid[])', [uncommitted]);
      uncommittedSeen += rows[0]?.n ?? 0;
      await busAdmin.end();
    }
    const republished = [...handedOver].filter(([id, n]) => n > 1 && committed.has(id)).length;
    return { totals, kills: killed, processes, uncommitted: uncommitted.length, uncommittedSeen, republished, committedBeforeLastKill, seconds: (Date.now() - started) / 1000 };
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

export function describeKills(kills: ProducerCrashResult['kills']): string {
  return Object.entries(kills)
    .filter(([, n]) => n > 0)
    .map(([point, n]) => `${n} ${point}`)
    .join(', ');
}
