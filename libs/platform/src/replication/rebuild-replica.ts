import type { SnapshotWatermark } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { quoteIdentifier } from '../events/inbox/sql-identifier';
import type { Logger } from '../observability/logger';
import type { ReplicaDefinition, SnapshotSource } from './replica-definition';
import { lockReplica } from './replica-lock';
import { replicaWatermarks } from './replica-watermark-store';

export interface RebuildOptions<TRow> {
  dataSource: DataSource;
  definition: ReplicaDefinition<TRow>;
  snapshots: SnapshotSource<TRow>;
  logger: Logger;
  /** Rows per snapshot request (default 500). */
  pageSize?: number;
}

export interface RebuildSummary {
  rows: number;
  pages: number;
  ms: number;
  takenAt: string;
  watermark: SnapshotWatermark | null;
}

/**
 * Empties the replica and loads the owner's snapshot, page by page, in ONE transaction: readers
 * see the old rows until the new ones commit (a DELETE, not a TRUNCATE, so they are never
 * blocked), and a failure leaves the old replica as it was. The caller stops the replica's
 * consumer first and resumes it after: every change committed after the snapshot started
 * comes as an event after the consumer's position, and the version guard skips what the
 * snapshot already holds.
 */
export async function rebuildReplica<TRow>(options: RebuildOptions<TRow>): Promise<RebuildSummary> {
  const { dataSource, definition, snapshots } = options;
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const m = runner.manager;
    await lockReplica(m, definition.name);
    await replicaWatermarks.ensure(m, definition.name, definition.source);
    await m.query(`DELETE FROM ${quoteIdentifier(definition.name)}`);
    let after: string | null = null;
    let rows = 0;
    let pages = 0;
    let first: { readAt: string; watermark: SnapshotWatermark | null } | undefined;
    do {
      const page = await snapshots.page(after, options.pageSize ?? 500);
      first ??= { readAt: page.readAt, watermark: page.watermark };
      if (page.items.length > 0) await definition.loadPage(m, page.items);
      rows += page.items.length;
      pages += 1;
      after = page.nextAfter;
    } while (after !== null);
    await definition.finishSnapshot?.(m);
    await replicaWatermarks.recordSnapshot(m, definition.name, first.readAt, rows, first.watermark);
    await runner.commitTransaction();
    const summary = { rows, pages, ms: Date.now() - started, takenAt: first.readAt, watermark: first.watermark };
    options.logger.info('Replica rebuilt from snapshot', { replica: definition.name, rows, pages, ms: summary.ms });
    return summary;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
