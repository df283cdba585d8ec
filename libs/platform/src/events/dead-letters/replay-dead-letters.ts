import type { DataSource } from 'typeorm';
import type { Logger } from '../../observability/logger';
import type { Resolved } from '../consumer/handler-table';
import { applyOnceIn } from '../inbox/apply-once';
import { deadLetterStore, sqlOf, type DeadLetter } from './dead-letter-store';
import { errorText } from './error-text';

export interface ReplaySelection {
  /** One dead letter by id. */
  id?: string;
  /** Every waiting dead letter of the group (not only those an operator asked for). */
  all?: boolean;
}

export interface ReplaySummary {
  /** Applied now. */
  replayed: number;
  /** Already applied (inbox row present): marked replayed without running the handler. */
  duplicates: number;
  /** Failed again: still waiting, with the new error. */
  failed: number;
  /** Locked by another replica or already replayed. */
  skipped: number;
}

/**
 * Replays dead letters of `group` through the group's handlers: each in one transaction that
 * locks the row (SKIP LOCKED, so replicas never replay the same one), inserts the inbox row,
 * applies, and sets `replayed_at`. Without `id` or `all`, replays the rows an operator asked for.
 */
export async function replayDeadLetters(
  dataSource: DataSource,
  group: string,
  resolve: (envelope: DeadLetter['envelope']) => Resolved,
  selection: ReplaySelection,
  logger: Logger,
): Promise<ReplaySummary> {
  const summary: ReplaySummary = { replayed: 0, duplicates: 0, failed: 0, skipped: 0 };
  const ids = selection.id ? [selection.id] : await deadLetterStore.pending(sqlOf(dataSource), group, selection.all ?? false);
  for (const id of ids) {
    try {
      const outcome = await dataSource.transaction(async (manager) => {
        const sql = sqlOf(manager);
        const letter = await deadLetterStore.lockForReplay(sql, group, id);
        if (!letter) return 'skipped' as const;
        const resolved = resolve(letter.envelope);
        if (!resolved.ok) throw new Error(resolved.error);
        const applied = await applyOnceIn(manager, group, letter.envelope, resolved.apply, { familyKey: resolved.familyKey });
        await deadLetterStore.markReplayed(sql, id);
        return applied === 'applied' ? ('replayed' as const) : ('duplicates' as const);
      });
      summary[outcome] += 1;
      if (outcome !== 'skipped') logger.info('Dead letter replayed', { group, deadLetterId: id, outcome });
    } catch (error) {
      summary.failed += 1;
      const text = errorText(error);
      logger.warn('Dead letter replay failed', { group, deadLetterId: id, error: text });
      await deadLetterStore.markReplayFailed(sqlOf(dataSource), id, text);
    }
  }
  return summary;
}
