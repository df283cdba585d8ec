import type { EventEnvelope } from '@lienthong/contracts';
import { Pool } from 'pg';
import { advisoryLockKey } from '../../database/run-migrations';
import type { Logger } from '../../observability/logger';
import type { ConsumeOptions, FactHandler, FactStream, FactSubscription } from '../fact-stream';
import { sourceOf } from './event-subjects';
import { BUS_CHANNEL, ensureBusSchema } from './pg-bus-schema';
import { PgBusSubscription, type PgBusConsumerSettings } from './pg-bus-subscription';

export interface PgBusFactStreamOptions extends PgBusConsumerSettings {
  /** The shared bus database, e.g. `postgres://…/lienthong_bus` (created by the launcher). */
  url: string;
  logger: Logger;
  /** Connections for publishing (default 4); each subscription holds one more of its own. */
  poolSize?: number;
}

/**
 * pg-pool listens for errors only on idle clients: a connection lost while a client is checked
 * out emits 'error' on the client, which, unheard, would end the process. The query in flight
 * rejects anyway (the caller retries) and the pool drops the broken client on release.
 */
const ignoreLostConnection = (): void => undefined;

/**
 * Facts over PostgreSQL (standalone mode): the same guarantees as JetStream — at-least-once,
 * deduplicated by event id at publish, ordered per source — from the `bus` schema. A group
 * reads one source in position order and moves its cursor only after the handler resolved.
 */
export class PgBusFactStream implements FactStream {
  readonly kind = 'pg-bus' as const;
  private readonly subscriptions = new Set<PgBusSubscription>();

  private constructor(
    private readonly pool: Pool,
    private readonly options: PgBusFactStreamOptions,
  ) {}

  static async connect(options: PgBusFactStreamOptions): Promise<PgBusFactStream> {
    const pool = new Pool({ connectionString: options.url, max: options.poolSize ?? 4, application_name: 'lienthong-bus', connectionTimeoutMillis: 5_000 });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      client.on('error', ignoreLostConnection);
      try {
        await ensureBusSchema(client);
      } finally {
        client.off('error', ignoreLostConnection);
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgBusFactStream(pool, options);
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    const sources = [...new Set(events.map((e) => sourceOf(e.type)))].sort();
    const client = await this.pool.connect();
    client.on('error', ignoreLostConnection);
    try {
      await client.query('BEGIN');
      // Sorted, so two publishers of overlapping sources cannot deadlock.
      for (const source of sources) await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryLockKey(`bus:source:${source}`)]);
      await client.query(
        `INSERT INTO bus.event (id, source, type, envelope)
         SELECT (j->>'id')::uuid, split_part(j->>'type', '.', 1), j->>'type', j
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(j, n)
         ORDER BY n
         ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(events)],
      );
      for (const source of sources) await client.query('SELECT pg_notify($1, $2)', [BUS_CHANNEL, source]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', ignoreLostConnection);
      client.release();
    }
  }

  async consume(options: ConsumeOptions, handler: FactHandler): Promise<FactSubscription> {
    const subscription = new PgBusSubscription(this.options.url, options, handler, this.options.logger, this.options);
    this.subscriptions.add(subscription);
    await subscription.start();
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.pool.end();
  }
}
