import { EventConsumer, type FactStream, type Logger } from '@lienthong/platform';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { appendChange } from './change-log.writer';
import { changeSources, PUBLIC_CHANGE_TYPES, type PublicChangeType } from './public-change-types';

export interface ChangeFeedWiring {
  dataSource: DataSource;
  stream: FactStream;
  logger: Logger;
  registry?: Registry;
  types?: readonly PublicChangeType[];
}

export interface RunningChangeFeed {
  consumers: EventConsumer[];
  stop(): Promise<void>;
}

/**
 * One durable consumer per producing service in the allow-list, `gateway-change-feed-<source>`
 * (the gateway's NATS user may create `gateway-*` consumers), each writing its facts to
 * `change_log` through the inbox (a redelivery is a no-op).
 */
export async function startChangeFeed(wiring: ChangeFeedWiring): Promise<RunningChangeFeed> {
  const consumers: EventConsumer[] = [];
  try {
    for (const [source, facts] of changeSources(wiring.types ?? PUBLIC_CHANGE_TYPES)) {
      const consumer = new EventConsumer({
        group: `gateway-change-feed-${source}`,
        source,
        dataSource: wiring.dataSource,
        stream: wiring.stream,
        logger: wiring.logger,
        registry: wiring.registry,
        maxAttempts: 8,
      });
      for (const fact of facts) consumer.handle(fact.eventType, fact.payloadType, (event, manager) => appendChange(manager, fact, event));
      await consumer.start();
      consumers.push(consumer);
    }
  } catch (error) {
    await Promise.allSettled(consumers.map((c) => c.stop()));
    throw error;
  }
  return { consumers, stop: async () => void (await Promise.allSettled(consumers.map((c) => c.stop()))) };
}
