import type { EntityManager } from 'typeorm';
import { quoteIdentifier } from './sql-identifier';

/**
 * The aggregate-version guard of read models (replicas of another service's data).
 *
 * A replica table stores the source aggregate's `version` next to its data. Every write from an
 * event goes through one statement that only wins when the event is newer than the row:
 *
 *   INSERT INTO t (id, version, …) VALUES (…)
 *   ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, … WHERE t.version < EXCLUDED.version
 *
 * so an unknown id is inserted, a newer event overwrites, and a late or reordered older event
 * (v2 arriving after v3) changes nothing. A delete is a tombstone (`deleted = true` with the
 * event's version), not a DELETE: otherwise a late create or update arriving after the delete
 * would bring the row back. Readers filter `WHERE NOT deleted`. Tombstones are small (one row
 * per deleted aggregate); a job may drop those older than the stream's retention.
 *
 * Every column written for a tombstone of an unknown id must be nullable or have a default.
 * Table and column names come from code and must be plain lower-case identifiers.
 */
export interface VersionGuardOptions {
  /** Key column (default `id`); must have a unique constraint. */
  idColumn?: string;
  /** Version column (default `version`). */
  versionColumn?: string;
  /** Tombstone column (default `deleted`); an upsert sets it back to false. Null = the table has none. */
  tombstoneColumn?: string | null;
}

/** Writes `row` for aggregate `id` at `version` unless the replica already has that version or a newer one. Resolves true when written. */
export async function upsertIfNewer(
  manager: EntityManager,
  table: string,
  id: string,
  version: number,
  row: Record<string, unknown>,
  options: VersionGuardOptions = {},
): Promise<boolean> {
  const tombstone = options.tombstoneColumn === undefined ? 'deleted' : options.tombstoneColumn;
  const values: Record<string, unknown> = { ...row, ...(tombstone ? { [tombstone]: false } : {}) };
  return guardedWrite(manager, table, id, version, values, options);
}

/** Marks aggregate `id` deleted at `version` (a tombstone), unless the replica already has a newer version. Resolves true when written. */
export async function tombstoneIfNewer(
  manager: EntityManager,
  table: string,
  id: string,
  version: number,
  options: VersionGuardOptions = {},
): Promise<boolean> {
  const tombstone = options.tombstoneColumn ?? 'deleted';
  return guardedWrite(manager, table, id, version, { [tombstone]: true }, options);
}

async function guardedWrite(
  manager: EntityManager,
  table: string,
  id: string,
  version: number,
  values: Record<string, unknown>,
  options: VersionGuardOptions,
): Promise<boolean> {
  if (!Number.isSafeInteger(version) || version < 0) throw new Error(`Aggregate version must be a non-negative integer, got ${version}`);
  const t = quoteIdentifier(table);
  const idCol = quoteIdentifier(options.idColumn ?? 'id');
  const versionCol = quoteIdentifier(options.versionColumn ?? 'version');
  const columns = Object.keys(values).map(quoteIdentifier);
  const params = [id, version, ...Object.values(values)];
  const placeholders = params.map((_, i) => `$${i + 1}`).join(', ');
  const updates = [versionCol, ...columns].map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  const written: unknown[] = await manager.query(
    `INSERT INTO ${t} (${[idCol, versionCol, ...columns].join(', ')}) VALUES (${placeholders})
     ON CONFLICT (${idCol}) DO UPDATE SET ${updates} WHERE ${t}.${versionCol} < EXCLUDED.${versionCol}
     RETURNING 1 AS written`,
    params,
  );
  return written.length > 0;
}
