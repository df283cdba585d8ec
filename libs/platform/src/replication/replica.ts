import type { EventEnvelope } from '@lienthong/contracts';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EventConsumer, type EventConsumerOptions } from '../events/consumer/event-consumer';
import type { FactStream } from '../events/fact-stream';
import { backoffDelay, Waker } from '../events/relay/backoff';
import type { Logger } from '../observability/logger';
import { checkReplicaConsistency, type CheckOptions, type ConsistencyReport } from './check-replica-consistency';
import { rebuildReplica, type RebuildSummary } from './rebuild-replica';
import type { ReplicaDefinition, SnapshotSource } from './replica-definition';
import { lockReplica } from './replica-lock';
import { replicaMetrics, type ReplicaGaugeValues, type ReplicaMetrics } from './replica-metrics';
import { replicaWatermarks } from './replica-watermark-store';

export interface ReplicaOptions<TRow> {
  definition: ReplicaDefinition<TRow>;
  /** Durable consumer group, `<consuming service>-<replica>` (`documents-org-replica`): also the inbox key. */
  group: string;
  /** The consuming service's database: inbox, dead-letter, watermark and the replica's own migrations. */
  dataSource: DataSource;
  stream: FactStream;
  snapshots: SnapshotSource<TRow>;
  logger: Logger;
  registry?: Registry;
  /** Rows per snapshot request (default 500). */
  pageSize?: number;
  /** How often the replica looks for a rebuild an operator asked for (default 5 s). */
  pollMs?: number;
  consumer?: Pick<EventConsumerOptions, 'maxAttempts' | 'backoff' | 'replayPollMs'>;
}

/**
 * A read-model replica of another service's data: loads the owner's snapshot on its first
 * start (and on every rebuild), then applies the owner's facts through an `EventConsumer`
 * (inbox + version guard, retries, dead letters), recording a watermark in the same
 * transaction as each event. `start()` returns at once: an owner that is not up yet is asked
 * again with backoff, and the consumer starts after the first snapshot.
 */
export class Replica<TRow> {
  private readonly consumer: EventConsumer;
  private readonly metrics?: ReplicaMetrics;
  private readonly waker = new Waker();
  private readonly logger: Logger;
  private readonly name: string;
  private untrack?: () => void;
  private loop?: Promise<void>;
  private stopping = false;
  private consuming = false;
  private busy: Promise<unknown> = Promise.resolve();
  private values: ReplicaGaugeValues = { lastOccurredAt: null, appliedCount: 0, snapshotTakenAt: null, behindOwnerSeconds: null, consistent: null };
  private readonly readyWaiters: (() => void)[] = [];

  constructor(private readonly options: ReplicaOptions<TRow>) {
    this.name = options.definition.name;
    this.logger = options.logger.child({ replica: this.name });
    this.metrics = options.registry ? replicaMetrics(options.registry) : undefined;
    this.consumer = new EventConsumer({
      ...options.consumer,
      group: options.group,
      source: options.definition.source,
      dataSource: options.dataSource,
      stream: options.stream,
      logger: options.logger,
      registry: options.registry,
    });
    for (const handler of options.definition.events) {
      this.consumer.handle(handler.type, handler.payloadType, async (event, manager) => {
        await lockReplica(manager, this.name);
        await handler.apply(event, manager);
        await replicaWatermarks.recordApplied(manager, this.name, event);
        this.noteApplied(event);
      });
    }
  }

  get group(): string {
    return this.options.group;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    await replicaWatermarks.ensure(this.options.dataSource, this.name, this.options.definition.source);
    this.untrack = this.metrics?.track(this.name, () => this.values);
    this.loop = this.run();
  }

  /** Resolves once the first snapshot is loaded and the consumer is running. */
  ready(): Promise<void> {
    if (this.consuming) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Truncate + snapshot + resume consuming (see `rebuildReplica`); one at a time. */
  rebuild(): Promise<RebuildSummary> {
    return this.exclusive(async () => {
      await this.stopConsumer();
      try {
        const summary = await rebuildReplica({ ...this.options, logger: this.logger });
        this.metrics?.rebuilds.inc({ replica: this.name, outcome: 'done' });
        await this.refresh();
        return summary;
      } catch (error) {
        this.metrics?.rebuilds.inc({ replica: this.name, outcome: 'failed' });
        throw error;
      } finally {
        if (!this.stopping && this.values.snapshotTakenAt) await this.startConsumer();
      }
    });
  }

  /** Compares counts and a checksum of (id, version) with the owner (the nightly job runs this). */
  async check(options: Pick<CheckOptions<TRow>, 'attempts' | 'retryDelayMs'> = {}): Promise<ConsistencyReport> {
    const report = await checkReplicaConsistency({ ...this.options, ...options });
    const ownerNewest = report.ownerNewestAt === null ? null : Date.parse(report.ownerNewestAt);
    const mine = report.replicaNewestAt === null ? null : Date.parse(report.replicaNewestAt);
    this.values = {
      ...this.values,
      consistent: report.equal,
      behindOwnerSeconds: ownerNewest === null ? 0 : mine === null ? null : Math.max(0, ownerNewest - mine) / 1000,
    };
    return report;
  }

  status(): ReplicaGaugeValues {
    return { ...this.values };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.waker.wake();
    await this.loop;
    this.loop = undefined;
    await this.busy.catch(() => undefined);
    await this.stopConsumer();
    this.untrack?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let wait = this.options.pollMs ?? 5_000;
      try {
        const watermark = await this.refresh();
        if (!watermark?.snapshotTakenAt || watermark.rebuildRequestedAt) await this.rebuild();
        else if (!this.consuming) await this.exclusive(() => this.startConsumer());
        failures = 0;
      } catch (error) {
        failures += 1;
        wait = backoffDelay(failures, 500, 30_000);
        this.logger.warn('Replica not ready yet; retrying', { error: String(error), retryInMs: wait });
      }
      if (!this.stopping) await this.waker.wait(wait);
    }
  }

  private async refresh() {
    const watermark = await replicaWatermarks.get(this.options.dataSource, this.name);
    if (watermark) {
      this.values = { ...this.values, lastOccurredAt: watermark.lastOccurredAt, appliedCount: watermark.appliedCount, snapshotTakenAt: watermark.snapshotTakenAt };
    }
    return watermark;
  }

  private async startConsumer(): Promise<void> {
    if (this.consuming || this.stopping) return;
    await this.consumer.start();
    this.consuming = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private async stopConsumer(): Promise<void> {
    if (!this.consuming) return;
    this.consuming = false;
    await this.consumer.stop();
  }

  private noteApplied(event: EventEnvelope): void {
    const occurred = new Date(event.occurredAt);
    const last = this.values.lastOccurredAt;
    this.values = { ...this.values, appliedCount: this.values.appliedCount + 1, lastOccurredAt: !last || occurred > last ? occurred : last };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.catch(() => undefined).then(work);
    this.busy = next;
    return next;
  }
}
