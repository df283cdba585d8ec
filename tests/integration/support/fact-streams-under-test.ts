import { JetStreamFactStream, JsonLogger, PgBusFactStream, type ConsumeOptions, type FactHandler, type FactStream, type FactSubscription } from '@lienthong/platform';
import { createTestDatabase, testEnv } from '@lienthong/testing';
import { connect } from 'nats';
import { randomBytes } from 'node:crypto';
import { InMemoryFactStream, type InMemoryFactStreamOptions } from './in-memory-fact-stream';

export interface StreamUnderTest {
  stream: FactStream;
  close(): Promise<void>;
}

export interface StreamKind {
  name: string;
  open(options?: InMemoryFactStreamOptions): Promise<StreamUnderTest>;
}

/** The streams the consumer specs run over: the in-memory double always; the real ones when they exist. */
export const STREAM_KINDS: StreamKind[] = [
  {
    name: 'in-memory double',
    open: (options) => {
      const stream = new InMemoryFactStream(options);
      return Promise.resolve({ stream, close: () => stream.close() });
    },
  },
  {
    name: 'pg-bus',
    open: async () => {
      const db = await createTestDatabase('bus');
      const stream = await PgBusFactStream.connect({ url: db.url, logger: streamLogger, pollIntervalMs: 50, standbyRetryMs: 100, redeliveryDelayMs: () => 5 });
      return {
        stream,
        close: async () => {
          await stream.close();
          await db.drop();
        },
      };
    },
  },
];

const streamLogger = new JsonLogger({ app: 'widgets-stream' }, 'error');
const natsUrl = testEnv.natsUrl();
if (natsUrl) {
  STREAM_KINDS.push({
    name: 'jetstream',
    open: async () => {
      // Each opening gets its own subjects and stream: one JetStream serves the whole machine.
      const subjectPrefix = `${testEnv.runId()}c${randomBytes(3).toString('hex')}`.toLowerCase();
      const stream = await JetStreamFactStream.connect({ servers: natsUrl, name: 'consumer-test', subjectPrefix, logger: streamLogger, redeliveryDelayMs: () => 5, ackWaitMs: 10_000 });
      return {
        stream,
        close: async () => {
          const name = await stream.ensureStream('widgets').catch(() => undefined);
          await stream.close();
          const nc = await connect({ servers: natsUrl });
          if (name) await (await nc.jetstreamManager()).streams.delete(name).catch(() => undefined);
          await nc.close();
        },
      };
    },
  });
}

/**
 * Wraps any stream so that some deliveries reach the handler twice in a row (a redelivery after a
 * lost ack), with the attempt counted up — duplicates a real stream would otherwise dedupe.
 */
export function withInjectedDuplicates(inner: FactStream, rate: number, random: () => number): FactStream {
  return {
    kind: inner.kind,
    publish: (events) => inner.publish(events),
    close: () => inner.close(),
    consume: (options: ConsumeOptions, handler: FactHandler): Promise<FactSubscription> =>
      inner.consume(options, async (delivery) => {
        await handler(delivery);
        if (random() < rate) await handler({ ...delivery, attempt: delivery.attempt + 1 });
      }),
  };
}
