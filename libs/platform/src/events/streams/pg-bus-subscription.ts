import type { EventEnvelope } from '@lienthong/contracts';
import { Client } from 'pg';
import { advisoryLockKey } from '../../database/run-migrations';
import type { Logger } from '../../observability/logger';
import type { ConsumeOptions, FactHandler } from '../fact-stream';
import { backoffDelay, Waker } from '../relay/backoff';
import { BUS_CHANNEL } from './pg-bus-schema';

export interface PgBusConsumerSettings {
  /** Poll when no NOTIFY came (default 250 ms). */
  pollIntervalMs?: number;
  /** Events read per round (default 200). */
  batchSize?: number;
  /** How often a standby replica of a group tries to take over (default 1 s). */
  standbyRetryMs?: number;
  /** Deliver an event whose handler rejected again after this delay (default 200 ms doubling to 30 s). */
  redeliveryDelayMs?: (attempt: number) => number;
}

interface BusRow {
  position: string;
  type: string;
  envelope: EventEnvelope;
}

/**
 * One group reading one source. The group's replicas elect one reader with a session
 * advisory lock on a dedicated connection (which also LISTENs), so a group sees a source in
 * position order. A failed event is delivered again, in place, after a delay (the attempt
 * count is kept in the cursor row); a terminated one is recorded and passed.
 */
export class PgBusSubscription {
  private readonly waker = new Waker();
  private loop?: Promise<void>;
  private stopping = false;
  private client?: Client;

  constructor(
    private readonly url: string,
    private readonly options: ConsumeOptions,
    private readonly handler: FactHandler,
    private readonly logger: Logger,
    private readonly settings: PgBusConsumerSettings,
  ) {}

  /** Resolves once the cursor row exists; delivery goes on in the background. */
  async start(): Promise<void> {
    const client = await this.connect();
    await client.query('INSERT INTO bus.cursor (group_name, source) VALUES ($1, $2) ON CONFLICT DO NOTHING', [this.options.group, this.options.source]);
    this.loop = this.run(client);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.waker.wake();
    await this.loop;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url, application_name: `lienthong-bus:${this.options.group}`, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    client.on('notification', (n) => {
      if (n.payload === this.options.source) this.waker.wake();
    });
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${BUS_CHANNEL}`);
    return client;
  }

  private async run(first: Client): Promise<void> {
    let client: Client | undefined = first;
    let failures = 0;
    while (!this.stopping) {
      try {
        client ??= await this.connect();
        failures = 0;
        const key = advisoryLockKey(`bus:consumer:${this.options.group}:${this.options.source}`);
        while (!this.stopping) {
          const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
          if (rows[0].locked) break;
          await this.waker.wait(this.settings.standbyRetryMs ?? 1_000);
        }
        while (!this.stopping) await this.round(client);
      } catch (error) {
        failures += 1;
        this.logger.warn('Bus consumer lost its connection; retrying', { group: this.options.group, error: String(error) });
        await this.client?.end().catch(() => undefined);
        this.client = client = undefined;
        if (!this.stopping) await this.waker.wait(backoffDelay(failures, 100, 10_000));
      }
    }
  }

  /** Reads a batch after the cursor and handles it in order; returns after a failure or when idle. */
  private async round(client: Client): Promise<void> {
    const { group, source } = this.options;
    const cursor = await client.query<{ position: string; attempts: number }>(
      'SELECT position, attempts FROM bus.cursor WHERE group_name = $1 AND source = $2',
      [group, source],
    );
    let { position, attempts } = cursor.rows[0];
    const { rows } = await client.query<BusRow>(
      'SELECT position, type, envelope FROM bus.event WHERE source = $1 AND position > $2 ORDER BY position LIMIT $3',
      [source, position, this.settings.batchSize ?? 200],
    );
    if (rows.length === 0) {
      await this.waker.wait(this.settings.pollIntervalMs ?? 250);
      return;
    }
    const wanted = new Set(this.options.eventTypes);
    let written = position;
    for (const row of rows) {
      if (this.stopping) break;
      if (!wanted.has(row.type)) {
        position = row.position;
        continue;
      }
      const outcome = await this.deliver(row, attempts + 1);
      if (outcome === 'retry') {
        await this.moveCursor(client, position, attempts + 1);
        const delay = this.settings.redeliveryDelayMs?.(attempts + 1) ?? backoffDelay(attempts + 1, 200, 30_000);
        await this.waker.wait(delay);
        return;
      }
      if (outcome === 'terminated') {
        await client.query('INSERT INTO bus.terminated (group_name, source, position, event_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
          group,
          source,
          row.position,
          row.envelope.id,
        ]);
      }
      position = written = row.position;
      attempts = 0;
      await this.moveCursor(client, position, 0);
    }
    // Past the types this group does not want, too.
    if (position !== written) await this.moveCursor(client, position, 0);
  }

  private async deliver(row: BusRow, attempt: number): Promise<'done' | 'retry' | 'terminated'> {
    let terminated = false;
    try {
      await this.handler({
        envelope: row.envelope,
        attempt,
        terminate: () => {
          terminated = true;
          return Promise.resolve();
        },
      });
      return terminated ? 'terminated' : 'done';
    } catch {
      return terminated ? 'terminated' : 'retry';
    }
  }

  private async moveCursor(client: Client, position: string, attempts: number): Promise<void> {
    await client.query('UPDATE bus.cursor SET position = $3, attempts = $4, updated_at = now() WHERE group_name = $1 AND source = $2', [
      this.options.group,
      this.options.source,
      position,
      attempts,
    ]);
  }
}
