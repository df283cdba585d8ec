import type { EventEnvelope } from '@lienthong/contracts';
import { Client, type ClientConfig } from 'pg';
import { Registry } from 'prom-client';
import { advisoryLockKey } from '../../database/run-migrations';
import type { Logger } from '../../observability/logger';
import type { FactStream } from '../fact-stream';
import { OUTBOX_CHANNEL } from '../outbox/outbox-writer';
import { DEFAULT_OUTBOX_RETENTION_MS, purgeSentOutbox } from '../outbox/purge-sent-outbox';
import { backoffDelay, Waker } from './backoff';
import { relayMetrics, type RelayMetrics } from './relay-metrics';

/** Tunables of a relay; every one has a default that suits a service. */
export interface OutboxRelaySettings {
  /** Rows read and published per round (default 500). */
  batchSize?: number;
  /** Poll when no NOTIFY came (default 250 ms). */
  pollIntervalMs?: number;
  /** How often a standby replica tries to take the lock (default 1 s). */
  standbyRetryMs?: number;
  /** Backoff after a failed publish or a lost connection (default 100 ms doubling to 10 s). */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** Sent rows older than this are purged (default 7 days); the purge runs every `purgeIntervalMs` (default 1 h, 0 = never). */
  retentionMs?: number;
  purgeIntervalMs?: number;
}

export interface OutboxRelayOptions extends OutboxRelaySettings {
  service: string;
  /** A dedicated connection to the service's database (see `dedicatedConnectionConfig`). */
  connection: ClientConfig;
  stream: FactStream;
  logger: Logger;
  registry?: Registry;
}

interface UnsentRow {
  id: string;
  envelope: EventEnvelope;
}

class ConnectionLost extends Error {}

/**
 * Publishes a service's outbox. Replicas elect one leader with a session advisory lock held
 * on a dedicated connection; the leader also LISTENs and queries on that connection, so when
 * it dies the leader stops at its next statement and a standby (retrying every
 * `standbyRetryMs`) takes over. Rows are marked sent only after the stream acknowledged the
 * whole batch: a crash in between re-publishes them, and the stream dedupes by event id.
 */
export class OutboxRelay {
  private readonly waker = new Waker();
  private readonly metrics: RelayMetrics;
  private readonly settings: Required<OutboxRelaySettings>;
  private loop?: Promise<void>;
  private stopping = false;
  private client?: Client;
  private isLeader = false;
  private lastGaugeAt = 0;
  private nextPurgeAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.metrics = relayMetrics(options.registry ?? new Registry());
    this.settings = {
      batchSize: options.batchSize ?? 500,
      pollIntervalMs: options.pollIntervalMs ?? 250,
      standbyRetryMs: options.standbyRetryMs ?? 1_000,
      backoffInitialMs: options.backoffInitialMs ?? 100,
      backoffMaxMs: options.backoffMaxMs ?? 10_000,
      retentionMs: options.retentionMs ?? DEFAULT_OUTBOX_RETENTION_MS,
      purgeIntervalMs: options.purgeIntervalMs ?? 3_600_000,
    };
  }

  get leading(): boolean {
    return this.isLeader;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Finishes the batch in flight, releases the lock (by closing its connection) and returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.waker.wake();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        const client = await this.connect();
        failures = 0;
        while (!this.stopping && !(await this.tryLock(client))) await this.waker.wait(this.settings.standbyRetryMs);
        if (!this.stopping) await this.lead(client);
      } catch (error) {
        failures += 1;
        if (!this.stopping) {
          this.options.logger.warn('Outbox relay lost its connection; retrying', { service: this.options.service, error: String(error) });
          await this.waker.wait(backoffDelay(failures, this.settings.backoffInitialMs, this.settings.backoffMaxMs));
        }
      } finally {
        this.setLeader(false);
        await this.disconnect();
      }
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client(this.options.connection);
    client.on('error', () => undefined); // a dead connection shows up as the next query's rejection
    client.on('notification', () => this.waker.wake());
    this.client = client;
    await client.connect();
    return client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async tryLock(client: Client): Promise<boolean> {
    const key = advisoryLockKey(`outbox-relay:${this.options.service}`);
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
    return rows[0].locked;
  }

  private async lead(client: Client): Promise<void> {
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.setLeader(true);
    this.options.logger.info('Outbox relay leading', { service: this.options.service });
    this.nextPurgeAt = Date.now();
    let failures = 0;
    while (!this.stopping) {
      await this.purgeIfDue(client);
      const { rows } = await client.query<UnsentRow>('SELECT id, envelope FROM outbox WHERE sent_at IS NULL ORDER BY position LIMIT $1', [
        this.settings.batchSize,
      ]);
      await this.updateUnsentGauge(client, rows.length === 0);
      if (rows.length === 0) {
        await this.waker.wait(this.settings.pollIntervalMs);
        continue;
      }
      if (await this.publish(rows, failures)) {
        failures = 0;
        await this.markSent(client, rows);
      } else {
        failures += 1;
        await this.waker.wait(backoffDelay(failures, this.settings.backoffInitialMs, this.settings.backoffMaxMs));
      }
    }
  }

  private async publish(rows: UnsentRow[], failuresSoFar: number): Promise<boolean> {
    try {
      await this.options.stream.publish(rows.map((r) => r.envelope));
      if (failuresSoFar > 0) this.options.logger.info('Outbox relay publishing again', { service: this.options.service, after: failuresSoFar });
      return true;
    } catch (error) {
      this.metrics.publishFailures.inc();
      const log = failuresSoFar === 0 ? 'warn' : 'debug';
      this.options.logger[log]('Outbox publish failed; rows stay unsent', { service: this.options.service, rows: rows.length, error: String(error) });
      return false;
    }
  }

  private async markSent(client: Client, rows: UnsentRow[]): Promise<void> {
    const sentAt = new Date();
    const ids = rows.map((r) => r.id);
    try {
      await client.query('UPDATE outbox SET sent_at = $2 WHERE id = ANY($1::uuid[])', [ids, sentAt]);
    } catch (error) {
      // Published but not marked: the next leader publishes them again and the stream dedupes.
      throw new ConnectionLost(String(error));
    }
    this.metrics.published.inc(rows.length);
    for (const row of rows) this.metrics.lag.observe(Math.max(0, sentAt.getTime() - Date.parse(row.envelope.occurredAt)) / 1000);
  }

  private async updateUnsentGauge(client: Client, idle: boolean): Promise<void> {
    if (idle) {
      this.metrics.unsent.set(0);
      return;
    }
    if (Date.now() - this.lastGaugeAt < 1_000) return;
    this.lastGaugeAt = Date.now();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL');
    this.metrics.unsent.set(Number(rows[0].n));
  }

  private async purgeIfDue(client: Client): Promise<void> {
    if (this.settings.purgeIntervalMs <= 0 || Date.now() < this.nextPurgeAt) return;
    this.nextPurgeAt = Date.now() + this.settings.purgeIntervalMs;
    const purged = await purgeSentOutbox(client, { retentionMs: this.settings.retentionMs });
    this.metrics.purged.inc(purged);
    if (purged > 0) this.options.logger.info('Sent outbox rows purged', { service: this.options.service, rows: purged });
  }

  private setLeader(leading: boolean): void {
    if (this.isLeader === leading) return;
    this.isLeader = leading;
    this.metrics.leader.set(leading ? 1 : 0);
  }
}
