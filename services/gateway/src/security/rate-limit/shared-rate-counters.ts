import type { Logger } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import type { RateLimitSettings } from './rate-limit.settings';

interface Counter {
  /** Start of the fixed window, in epoch seconds. */
  window: number;
  /** The count across every replica, as PostgreSQL answered at this replica's last sync. */
  shared: number;
  /** Hits counted here and not yet added to PostgreSQL. */
  pending: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (for `Retry-After`). */
  retryAfterSeconds: number;
}

interface SyncedRow {
  key: string;
  hits: number;
}

/** Old windows are deleted this often (each replica; the DELETE is idempotent). */
const PURGE_EVERY_MS = 60_000;

/**
 * Fixed-window counters shared by every gateway replica through PostgreSQL, without a
 * database round trip per request: each replica counts locally and, every `syncIntervalMs`,
 * adds its pending counts to the shared rows in ONE statement (`INSERT … SELECT unnest(…)
 * ON CONFLICT DO UPDATE … RETURNING`), which answers the new totals of every key it touched.
 * A decision is `shared + pending + 1 ≤ limit`.
 *
 * Why not an UPSERT per request: a user's requests all hit the same row, so under load they
 * queue on its row lock and each costs a pool connection; the batch costs one statement per
 * interval whatever the traffic. The price: replicas learn each other's counts up to one
 * interval late, so a subject spread over N replicas may overshoot by about what N−1 replicas
 * serve it in one interval. If PostgreSQL fails, requests are still decided on the local
 * counts (fail open, logged) and the pending hits are sent at the next sync.
 */
export class SharedRateCounters {
  private readonly counters = new Map<string, Counter>();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> = Promise.resolve();
  private lastPurge = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: RateLimitSettings,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request of `key` against `limit` in the current window; a refused one is not counted. */
  hit(key: string, limit: number): RateDecision {
    const nowSeconds = this.clock() / 1000;
    const window = Math.floor(nowSeconds / this.settings.windowSeconds) * this.settings.windowSeconds;
    let counter = this.counters.get(key);
    if (!counter || counter.window !== window) {
      counter = { window, shared: 0, pending: 0 };
      this.counters.set(key, counter);
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(window + this.settings.windowSeconds - nowSeconds));
    if (counter.shared + counter.pending + 1 > limit) return { allowed: false, retryAfterSeconds };
    counter.pending += 1;
    this.timer ??= setTimeout(() => void this.sync(), this.settings.syncIntervalMs).unref();
    return { allowed: true, retryAfterSeconds };
  }

  /** Adds every pending count to PostgreSQL and takes back the totals; resolves when done. */
  sync(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.syncing = this.syncing.then(() => this.syncNow());
    return this.syncing;
  }

  async close(): Promise<void> {
    await this.sync();
  }

  private async syncNow(): Promise<void> {
    const sent = [...this.counters.entries()].filter(([, c]) => c.pending > 0).map(([key, c]) => ({ key, counter: c, pending: c.pending }));
    this.forgetOldWindows();
    if (sent.length === 0) return;
    try {
      const rows: SyncedRow[] = await this.dataSource.query(
        `INSERT INTO rate_limit_counter (key, window_start, hits)
         SELECT k, to_timestamp(w), h FROM unnest($1::text[], $2::bigint[], $3::int[]) AS t(k, w, h)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counter.hits + EXCLUDED.hits
         RETURNING key || '@' || extract(epoch FROM window_start)::bigint AS key, hits`,
        [sent.map((s) => s.key), sent.map((s) => s.counter.window), sent.map((s) => s.pending)],
      );
      const totals = new Map(rows.map((r) => [r.key, r.hits]));
      for (const { key, counter, pending } of sent) {
        counter.pending -= pending;
        counter.shared = Math.max(counter.shared + pending, totals.get(`${key}@${counter.window}`) ?? 0);
      }
      await this.purgeOldRows();
    } catch (error) {
      this.logger.warn('Rate limit counters not synced; deciding on local counts', { error: error instanceof Error ? error.message : String(error) });
      if (this.counters.size > 0) this.timer ??= setTimeout(() => void this.sync(), this.settings.syncIntervalMs * 10).unref();
    }
  }

  private forgetOldWindows(): void {
    const current = Math.floor(this.clock() / 1000 / this.settings.windowSeconds) * this.settings.windowSeconds;
    for (const [key, counter] of this.counters) {
      if (counter.window < current && counter.pending === 0) this.counters.delete(key);
    }
  }

  private async purgeOldRows(): Promise<void> {
    if (this.clock() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = this.clock();
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - make_interval(secs => $1)`, [this.settings.windowSeconds * 2]);
  }
}
