import type { EventEnvelope } from '@lienthong/contracts';

/**
 * Where facts travel between services once they have left a service's outbox.
 * Two implementations with the same guarantees (at-least-once, deduplicated by event id
 * at the consumer's inbox, ordered per aggregate within a stream):
 *  - JetStream (services mode, compose, Kubernetes): one stream per producing service,
 *    `Nats-Msg-Id` = event id, durable consumers with explicit ack;
 *  - the PostgreSQL `bus` schema (standalone mode): an append-only event table and one
 *    cursor per consumer group.
 * Neither is trusted alone: the outbox (producer) and the inbox (consumer) give the guarantee.
 */
export interface FactStream {
  readonly kind: 'jetstream' | 'pg-bus';
  /** Resolves only when every event of the batch is durably stored by the stream. */
  publish(events: readonly EventEnvelope[]): Promise<void>;
  /**
   * Delivers events of the given types to `handler`, one group = one durable position shared
   * by the group's replicas. A handler that resolves acknowledges the event; one that rejects
   * gets it again later (the consumer runner owns retries, backoff and dead-lettering).
   */
  consume(options: ConsumeOptions, handler: FactHandler): Promise<FactSubscription>;
  close(): Promise<void>;
}

export interface ConsumeOptions {
  /** Durable consumer name, e.g. `finance.members-replica`. */
  group: string;
  /** The producing service whose stream is read (`members`). */
  source: string;
  /** Event types wanted, each with its version (`members.org.moved.v1`). */
  eventTypes: readonly string[];
}

export interface Delivery {
  envelope: EventEnvelope;
  /** How many times this event was delivered to this group, 1 the first time. */
  attempt: number;
  /** Stop redelivering: the runner has dead-lettered it. */
  terminate(): Promise<void>;
}

export type FactHandler = (delivery: Delivery) => Promise<void>;

export interface FactSubscription {
  stop(): Promise<void>;
}
