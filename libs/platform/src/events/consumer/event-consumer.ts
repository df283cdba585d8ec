import type { EventEnvelope } from '@lienthong/contracts';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { requestContext } from '../../auth-context/request-context';
import type { Logger } from '../../observability/logger';
import { deadLetterStore, sqlOf, type DeadLetterPage, type DeadLetterReason, type ListDeadLettersOptions } from '../dead-letters/dead-letter-store';
import { errorText } from '../dead-letters/error-text';
import { replayDeadLetters, type ReplaySelection, type ReplaySummary } from '../dead-letters/replay-dead-letters';
import type { Delivery, FactStream, FactSubscription } from '../fact-stream';
import { applyOnce } from '../inbox/apply-once';
import { consumerBackoffDelay, type ConsumerBackoffOptions } from './backoff';
import { consumerMetrics, type ConsumerMetrics } from './consumer-metrics';
import { HandlerTable, type EventHandler } from './handler-table';

export interface EventConsumerOptions {
  /** Durable group, `<consuming service>.<purpose>` (`finance.members-org-replica`); also the inbox and dead-letter key. */
  group: string;
  /** The producing service whose stream is read (`members`). */
  source: string;
  /** The consuming service's database: it must have the inbox and dead-letter migrations. */
  dataSource: DataSource;
  stream: FactStream;
  logger: Logger;
  /** The service's Prometheus registry (`RunningService.metrics.registry`). */
  registry?: Registry;
  /** Deliveries before an event is dead-lettered (default 5). */
  maxAttempts?: number;
  backoff?: ConsumerBackoffOptions;
  /** How often to look for replays an operator asked for (default 5 s; 0 = only through `replayDeadLetters`). */
  replayPollMs?: number;
}

/**
 * Applies one producer's facts to this service's database, each exactly once.
 *
 * - Each delivery runs in one transaction with its inbox row (`applyOnce`): a redelivery or a
 *   duplicate publish is a no-op. Read models also guard on the aggregate version
 *   (`upsertIfNewer` / `tombstoneIfNewer`) so a reordered older event cannot overwrite newer state.
 * - The payload is validated against the registered class; an invalid payload, a malformed
 *   envelope or a type without a handler is dead-lettered at once (retrying cannot fix it).
 * - A handler that throws is retried: the runner waits an exponential backoff, then rejects, and
 *   the stream redelivers with `attempt + 1`. On attempt `maxAttempts` the event is written to
 *   `dead_letter` and terminated, and the stream moves on. Replays (`replayDeadLetters`, or the
 *   operator's command through `replay_requested_at`) go through the same handlers and inbox.
 * - Versions: register `.v1` and `.v2` of one fact while producers publish both; the producer gives
 *   both the same aggregateId and aggregateVersion, and the group applies whichever comes first
 *   (see `HandlerTable`). Once every producer publishes `.v2` only, drop the `.v1` handler.
 * - Logs carry the event's correlation id (also set as the request context while the handler runs).
 */
export class EventConsumer {
  private readonly table = new HandlerTable();
  private readonly metrics: ConsumerMetrics;
  private readonly logger: Logger;
  private readonly maxAttempts: number;
  private readonly firstFailures = new Map<string, Date>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private abort = new AbortController();
  private subscription?: FactSubscription;
  private replayTimer?: NodeJS.Timeout;
  private replaying?: Promise<unknown>;

  constructor(private readonly options: EventConsumerOptions) {
    this.metrics = consumerMetrics(options.registry);
    this.logger = options.logger.child({ consumerGroup: options.group });
    this.maxAttempts = options.maxAttempts ?? 5;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) throw new Error('maxAttempts must be a positive integer');
  }

  /** Registers the handler of one event type (`members.org.moved.v1`) with its payload class. Before `start`. */
  handle<T extends object>(type: string, payloadType: new () => T, handler: EventHandler<T>): this {
    if (this.subscription) throw new Error('Register handlers before start()');
    this.table.register(type, payloadType, handler);
    return this;
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    if (this.table.types().length === 0) throw new Error(`Consumer ${this.options.group} has no handlers`);
    this.abort = new AbortController();
    this.subscription = await this.options.stream.consume(
      { group: this.options.group, source: this.options.source, eventTypes: this.table.types() },
      (delivery) => this.track(this.onDelivery(delivery)),
    );
    const pollMs = this.options.replayPollMs ?? 5_000;
    if (pollMs > 0) {
      this.replayTimer = setInterval(() => this.pollReplays(), pollMs);
      this.replayTimer.unref();
      this.pollReplays();
    }
    this.logger.info('Event consumer started', { source: this.options.source, types: this.table.types(), stream: this.options.stream.kind });
  }

  /** Stops taking deliveries; a handler waiting out its backoff gives up at once (the stream redelivers later). */
  async stop(): Promise<void> {
    clearInterval(this.replayTimer);
    this.abort.abort();
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await Promise.allSettled([...this.inFlight, this.replaying]);
  }

  /** Replays dead letters of this group through its handlers (one by id, all, or those an operator requested). */
  replayDeadLetters(selection: ReplaySelection = {}): Promise<ReplaySummary> {
    return this.track(
      replayDeadLetters(this.options.dataSource, this.options.group, (envelope) => this.table.resolve(envelope), selection, this.logger).then((summary) => {
        for (const outcome of ['replayed', 'duplicates', 'failed'] as const) {
          if (summary[outcome] > 0) this.metrics.replayed.inc({ group: this.options.group, outcome }, summary[outcome]);
        }
        return summary;
      }),
    );
  }

  listDeadLetters(options: Omit<ListDeadLettersOptions, 'group'> = {}): Promise<DeadLetterPage> {
    return deadLetterStore.list(sqlOf(this.options.dataSource), { ...options, group: this.options.group });
  }

  private async onDelivery(delivery: Delivery): Promise<void> {
    const envelope = delivery.envelope;
    const correlationId = typeof envelope.correlationId === 'string' ? envelope.correlationId : '';
    const log = this.logger.child({ eventId: envelope.id, eventType: envelope.type, attempt: delivery.attempt, correlationId });
    await requestContext.run({ correlationId, language: 'en' }, async () => {
      const resolved = this.table.resolve(envelope);
      if (!resolved.ok) {
        await this.deadLetter(delivery, resolved.reason, resolved.error, log);
        return;
      }
      const labels = { group: this.options.group, type: envelope.type };
      try {
        const outcome = await applyOnce(this.options.dataSource, this.options.group, envelope, resolved.apply, { familyKey: resolved.familyKey });
        this.firstFailures.delete(envelope.id);
        if (outcome === 'duplicate') {
          this.metrics.duplicates.inc(labels);
          log.debug('Duplicate delivery skipped');
          return;
        }
        this.metrics.applied.inc(labels);
        this.metrics.lag.observe(labels, Math.max(0, Date.now() - Date.parse(envelope.occurredAt)) / 1000);
      } catch (error) {
        this.metrics.failures.inc(labels);
        if (!this.firstFailures.has(envelope.id)) this.rememberFailure(envelope.id);
        const text = errorText(error);
        if (delivery.attempt >= this.maxAttempts) {
          await this.deadLetter(delivery, 'handler-failed', text, log);
          return;
        }
        const waitMs = consumerBackoffDelay(delivery.attempt, this.options.backoff);
        log.warn('Event handler failed; will retry', { error: text, retryInMs: waitMs });
        await this.sleep(waitMs);
        throw error;
      }
    });
  }

  private async deadLetter(delivery: Delivery, reason: DeadLetterReason, error: string, log: Logger): Promise<void> {
    const envelope = delivery.envelope as Partial<EventEnvelope> | null;
    const eventId = typeof envelope?.id === 'string' ? envelope.id : 'unknown';
    const eventType = typeof envelope?.type === 'string' ? envelope.type : 'unknown';
    const id = await deadLetterStore.record(sqlOf(this.options.dataSource), {
      group: this.options.group,
      eventId,
      eventType,
      envelope: delivery.envelope,
      reason,
      attempts: reason === 'handler-failed' ? delivery.attempt : 1,
      lastError: error,
      firstFailedAt: this.firstFailures.get(eventId) ?? new Date(),
    });
    this.firstFailures.delete(eventId);
    await delivery.terminate();
    this.metrics.deadLettered.inc({ group: this.options.group, type: eventType, reason });
    log.error('Event dead-lettered', { reason, error, deadLetterId: id });
  }

  /** First failure times for `first_failed_at`, bounded: the oldest entries go first. */
  private rememberFailure(eventId: string): void {
    this.firstFailures.set(eventId, new Date());
    if (this.firstFailures.size > 10_000) {
      const oldest = this.firstFailures.keys().next().value;
      if (oldest !== undefined) this.firstFailures.delete(oldest);
    }
  }

  private pollReplays(): void {
    if (this.replaying || this.abort.signal.aborted) return;
    this.replaying = this.replayDeadLetters()
      .catch((error: unknown) => this.logger.warn('Dead-letter replay poll failed', { error: errorText(error) }))
      .finally(() => (this.replaying = undefined));
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.abort.signal;
    if (signal.aborted || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}
