import type { ConsumeOptions, FactHandler, FactStream, FactSubscription } from '@lienthong/platform';
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
];

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
