import type { EventEnvelope } from '@lienthong/contracts';
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  nanos,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
  type NatsError,
} from 'nats';
import type { Logger } from '../../observability/logger';
import { backoffDelay } from '../relay/backoff';
import type { ConsumeOptions, FactHandler, FactStream, FactSubscription } from '../fact-stream';
import { durableName, eventsStreamName, eventSubject, sourceOf, sourceSubjects, typeOfSubject } from './event-subjects';

export interface JetStreamFactStreamSettings {
  /** Isolates test runs and benchmarks: subjects `<prefix>.<svc>.…`, streams `<PREFIX>_<SVC>_EVENTS`. */
  subjectPrefix?: string;
  /** `<APP>_EVENTS_STREAM_REPLICAS` (default 1). */
  replicas?: number;
  /** Dedupe window by `Nats-Msg-Id`; must exceed how long the relay may keep retrying one batch (default 10 min). */
  duplicateWindowMs?: number;
  /** Age after which the stream drops events (default 30 days): a consumer away longer rebuilds from a snapshot. */
  maxAgeMs?: number;
  /** Wait for each PubAck at most this long (default 5 s). */
  publishTimeoutMs?: number;
  /** Redeliver an event whose handler rejected after this delay (default 200 ms doubling to 30 s). */
  redeliveryDelayMs?: (attempt: number) => number;
  /** Redeliver an event not acked within this time (a handler stuck or a consumer gone; default 30 s). */
  ackWaitMs?: number;
}

export interface JetStreamFactStreamOptions extends JetStreamFactStreamSettings {
  connection: NatsConnection;
  logger: Logger;
  /** Close the connection with the stream (true when `connect()` made it). */
  ownsConnection?: boolean;
}

export interface JetStreamConnectOptions extends JetStreamFactStreamSettings {
  servers: string;
  name: string;
  user?: string;
  pass?: string;
  logger: Logger;
}

const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;
const CONSUMER_NOT_FOUND = 10014;
/**
 * "could not create storage directory": nats-server 2.9 removes an account's empty `streams` folder
 * when its last stream goes, and a stream created at that moment fails (seen when test runs delete
 * their streams while others create theirs). Transient: the next attempt creates the folder.
 */
const STREAM_STORE_FAILED = 10077;

/**
 * Facts over JetStream (services mode, compose, Kubernetes). One stream per producing
 * service; publishes carry the event id as `Nats-Msg-Id` and resolve only on the PubAck;
 * each consumer group is a durable pull consumer with explicit ack over the whole stream
 * (NATS 2.9 filters on one subject only), acking past the types it does not want.
 */
export class JetStreamFactStream implements FactStream {
  readonly kind = 'jetstream' as const;
  private readonly js: JetStreamClient;
  private readonly ensured = new Map<string, Promise<string>>();
  private readonly subscriptions = new Set<FactSubscription>();
  private jsm?: Promise<JetStreamManager>;

  constructor(private readonly options: JetStreamFactStreamOptions) {
    this.js = options.connection.jetstream();
  }

  static async connect(options: JetStreamConnectOptions): Promise<JetStreamFactStream> {
    const connection = await connect({
      servers: options.servers.split(','),
      name: `${options.name}-events`,
      ...(options.user ? { user: options.user, pass: options.pass } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 5_000,
      maxPingOut: 2,
    });
    return new JetStreamFactStream({ ...options, connection, ownsConnection: true });
  }

  /** The stream of a source, created when missing (idempotent; races between replicas are fine). */
  ensureStream(source: string): Promise<string> {
    let ensured = this.ensured.get(source);
    if (!ensured) {
      ensured = this.createOrUpdateStream(source);
      ensured.catch(() => this.ensured.delete(source));
      this.ensured.set(source, ensured);
    }
    return ensured;
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    const encoder = new TextEncoder();
    const streams = await Promise.all([...new Set(events.map((e) => sourceOf(e.type)))].map(async (s) => [s, await this.ensureStream(s)] as const));
    const streamOf = new Map(streams);
    // Pipelined on one connection: the server stores them in this order.
    const acks = await Promise.allSettled(
      events.map((e) =>
        this.js.publish(eventSubject(e.type, this.options.subjectPrefix), encoder.encode(JSON.stringify(e)), {
          msgID: e.id,
          expect: { streamName: streamOf.get(sourceOf(e.type)) },
          timeout: this.options.publishTimeoutMs ?? 5_000,
        }),
      ),
    );
    const failed = acks.find((a) => a.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async consume(options: ConsumeOptions, handler: FactHandler): Promise<FactSubscription> {
    const stream = await this.ensureStream(options.source);
    const durable = await this.ensureConsumer(stream, options);
    const consumer = await this.js.consumers.get(stream, durable);
    const messages = await consumer.consume({ max_messages: 256 });
    const wanted = new Set(options.eventTypes);
    const loop = (async () => {
      for await (const msg of messages) await this.deliver(msg, wanted, handler, options.group);
    })();
    const subscription: FactSubscription = {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await messages.close();
        await loop.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.options.ownsConnection) await this.options.connection.drain().catch(() => undefined);
  }

  private async deliver(msg: JsMsg, wanted: Set<string>, handler: FactHandler, group: string): Promise<void> {
    if (!wanted.has(typeOfSubject(msg.subject, this.options.subjectPrefix))) {
      msg.ack();
      return;
    }
    let envelope: EventEnvelope;
    try {
      envelope = msg.json<EventEnvelope>();
    } catch (error) {
      this.options.logger.error('Undecodable event terminated', { group, subject: msg.subject, seq: msg.seq, error: String(error) });
      msg.term();
      return;
    }
    const attempt = msg.info.redeliveryCount;
    let terminated = false;
    try {
      await handler({
        envelope,
        attempt,
        terminate: () => {
          terminated = true;
          msg.term();
          return Promise.resolve();
        },
      });
      if (!terminated) msg.ack();
    } catch {
      if (!terminated) msg.nak(this.options.redeliveryDelayMs?.(attempt) ?? backoffDelay(attempt, 200, 30_000));
    }
  }

  /**
   * The JetStream manager. A server that has just started answers 503 (no responders) until JetStream is up, so the
   * first call is retried for a while; a failed call is never kept, so the next use tries again.
   */
  private async manager(): Promise<JetStreamManager> {
    if (!this.jsm) {
      const pending = jetStreamWhenReady(() => this.options.connection.jetstreamManager());
      pending.catch(() => {
        if (this.jsm === pending) this.jsm = undefined;
      });
      this.jsm = pending;
    }
    return this.jsm;
  }

  private async createOrUpdateStream(source: string): Promise<string> {
    const jsm = await this.manager();
    const name = eventsStreamName(source, this.options.subjectPrefix);
    const wanted = {
      subjects: [sourceSubjects(source, this.options.subjectPrefix)],
      duplicate_window: nanos(this.options.duplicateWindowMs ?? 10 * 60_000),
      max_age: nanos(this.options.maxAgeMs ?? 30 * 24 * 3600_000),
    };
    try {
      const info = await jsm.streams.info(name);
      if (info.config.duplicate_window < wanted.duplicate_window) await jsm.streams.update(name, { ...info.config, ...wanted });
      return name;
    } catch (error) {
      if (apiErrorCode(error) !== STREAM_NOT_FOUND) throw error;
    }
    const storeFailed = (error: unknown, attempt: number): boolean => {
      if (apiErrorCode(error) !== STREAM_STORE_FAILED || attempt >= 5) return false;
      this.options.logger.warn('JetStream could not create the stream store; trying again', { stream: name, attempt });
      return true;
    };
    try {
      await retryWhile(
        () => jsm.streams.add({ name, ...wanted, num_replicas: this.options.replicas ?? 1, storage: StorageType.File, retention: RetentionPolicy.Limits }),
        storeFailed,
        50,
      );
    } catch (error) {
      if (apiErrorCode(error) !== STREAM_NAME_IN_USE) throw error;
    }
    return name;
  }

  private async ensureConsumer(stream: string, options: ConsumeOptions): Promise<string> {
    const jsm = await this.manager();
    const name = durableName(options.group);
    try {
      await jsm.consumers.info(stream, name);
      return name;
    } catch (error) {
      if (apiErrorCode(error) !== CONSUMER_NOT_FOUND) throw error;
    }
    await jsm.consumers.add(stream, {
      durable_name: name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: sourceSubjects(options.source, this.options.subjectPrefix),
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      max_deliver: -1,
      max_ack_pending: 1_000,
    });
    return name;
  }
}

/** Retries `attempt` while the server answers 503 (JetStream not ready yet), for up to `withinMs`. */
function jetStreamWhenReady<T>(attempt: () => Promise<T>, withinMs = 15_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  return retryWhile(attempt, (error) => isNotReady(error) && Date.now() <= deadline, 100);
}

/** Runs `attempt` again while `transient(error, tries)` says the failure will pass, backing off from `initialMs` up to 1 s. */
async function retryWhile<T>(attempt: () => Promise<T>, transient: (error: unknown, tries: number) => boolean, initialMs: number): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!transient(error, tries)) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(tries, initialMs, 1_000)));
    }
  }
}

function isNotReady(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '503';
}

function apiErrorCode(error: unknown): number | undefined {
  return (error as Partial<NatsError>).api_error?.err_code;
}
