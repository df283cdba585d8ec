import type { EventEnvelope } from '@lienthong/contracts';
import type { ConsumeOptions, Delivery, FactHandler, FactStream, FactSubscription } from '@lienthong/platform';

export interface InMemoryFactStreamOptions {
  /** Deliveries in flight per group at once (JetStream's max ack pending); 1 = strictly in order. */
  maxInFlight?: number;
  /** Share of acknowledged deliveries delivered once more anyway (a lost ack). */
  lostAckRate?: number;
  random?: () => number;
}

interface Message {
  seq: number;
  envelope: EventEnvelope;
}

interface Subscriber {
  handler: FactHandler;
  active: boolean;
  inFlight: Set<Promise<void>>;
}

interface Group {
  options: ConsumeOptions;
  queue: Message[];
  attempts: Map<number, number>;
  inFlight: number;
  subscribers: Subscriber[];
  next: number;
  idle: (() => void)[];
}

/**
 * A test double of the FactStream seam, with its guarantees and its faults: at-least-once
 * (a rejected delivery comes back with `attempt + 1`, a lost ack brings an acknowledged one back),
 * duplicates delivered as published (no dedupe), `terminate` stops redelivery. A group's position
 * is shared by its subscriptions (replicas) and survives them; a new group starts at the beginning.
 */
export class InMemoryFactStream implements FactStream {
  readonly kind = 'pg-bus' as const;
  private readonly log: Message[] = [];
  private readonly groups = new Map<string, Group>();
  private readonly maxInFlight: number;
  private readonly lostAckRate: number;
  private readonly random: () => number;
  /** Deliveries made, redeliveries included. */
  deliveries = 0;

  constructor(options: InMemoryFactStreamOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.lostAckRate = options.lostAckRate ?? 0;
    this.random = options.random ?? Math.random;
  }

  publish(events: readonly EventEnvelope[]): Promise<void> {
    for (const envelope of events) {
      const message = { seq: this.log.length + 1, envelope: structuredClone(envelope) };
      this.log.push(message);
      for (const group of this.groups.values()) if (wants(group.options, envelope)) group.queue.push(message);
    }
    for (const group of this.groups.values()) this.pump(group);
    return Promise.resolve();
  }

  consume(options: ConsumeOptions, handler: FactHandler): Promise<FactSubscription> {
    let group = this.groups.get(options.group);
    if (!group) {
      group = { options, queue: this.log.filter((m) => wants(options, m.envelope)), attempts: new Map(), inFlight: 0, subscribers: [], next: 0, idle: [] };
      this.groups.set(options.group, group);
    }
    const subscriber: Subscriber = { handler, active: true, inFlight: new Set() };
    group.subscribers.push(subscriber);
    const owner = group;
    this.pump(owner);
    return Promise.resolve({
      stop: async () => {
        subscriber.active = false;
        owner.subscribers = owner.subscribers.filter((s) => s !== subscriber);
        await Promise.allSettled([...subscriber.inFlight]);
      },
    });
  }

  close(): Promise<void> {
    for (const group of this.groups.values()) group.subscribers = [];
    return Promise.resolve();
  }

  /** Resolves when the group has nothing queued and nothing in flight. */
  idle(groupName: string): Promise<void> {
    const group = this.groups.get(groupName);
    if (!group || (group.queue.length === 0 && group.inFlight === 0)) return Promise.resolve();
    return new Promise((resolve) => group.idle.push(resolve));
  }

  private pump(group: Group): void {
    while (group.inFlight < this.maxInFlight && group.queue.length > 0 && group.subscribers.length > 0) {
      const message = group.queue.shift() as Message;
      const subscriber = group.subscribers[group.next++ % group.subscribers.length];
      const attempt = (group.attempts.get(message.seq) ?? 0) + 1;
      group.attempts.set(message.seq, attempt);
      group.inFlight += 1;
      this.deliveries += 1;
      let terminated = false;
      const delivery: Delivery = {
        envelope: structuredClone(message.envelope),
        attempt,
        terminate: () => {
          terminated = true;
          return Promise.resolve();
        },
      };
      const work = Promise.resolve()
        .then(() => subscriber.handler(delivery))
        .then(
          () => !terminated && this.random() < this.lostAckRate,
          () => !terminated,
        )
        .then((again) => {
          if (again) group.queue.push(message);
          group.inFlight -= 1;
          subscriber.inFlight.delete(work);
          this.pump(group);
          if (group.queue.length === 0 && group.inFlight === 0) for (const resolve of group.idle.splice(0)) resolve();
        });
      subscriber.inFlight.add(work);
    }
  }
}

function wants(options: ConsumeOptions, envelope: EventEnvelope): boolean {
  return envelope.type.startsWith(`${options.source}.`) && options.eventTypes.includes(envelope.type);
}
