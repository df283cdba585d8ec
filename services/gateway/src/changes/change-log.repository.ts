import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ChangeType } from './public-change-types';

export interface ChangeRow {
  seq: string;
  type: ChangeType;
  recordId: string;
  version: number;
  action: string;
  occurredAt: Date;
}

export interface ChangeScan {
  rows: ChangeRow[];
  /** The highest seq this scan covered: the next page starts after it. */
  scannedThrough: string;
}

/** SQL condition: an owner path (now or before a move) lies under the scope path `$n`. */
export function withinScopeSql(n: number, alias = ''): string {
  const p = `$${n}::text`;
  return `(${p} IS NULL OR (${alias}owner_path >= ${p} AND ${alias}owner_path < ${p} || '~')
    OR (${alias}previous_owner_path >= ${p} AND ${alias}previous_owner_path < ${p} || '~'))`;
}

/** Reads of `change_log` (its only writer is `appendChange`; the purge job deletes). */
@Injectable()
export class ChangeLogRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Every seq at or below this was purged. */
  async purgedThrough(): Promise<string> {
    const rows = await this.dataSource.query<{ p: string }[]>('SELECT purged_through::text AS p FROM change_log_horizon');
    return rows[0]?.p ?? '0';
  }

  /** The id path of an org in the gateway's replica (null: not known here). */
  async scopePath(orgId: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ path: string }[]>('SELECT path FROM org_replica WHERE id = $1', [orgId]);
    return rows[0]?.path ?? null;
  }

  /**
   * Changes after `since`, in seq order, of the given types whose owner lies (or lay, before a
   * move) under `scopePath` (null = everything). Looks at most `window` seqs ahead, so a narrow
   * scope costs one bounded index range per page; max(seq) is read in the same snapshot.
   */
  async scan(since: string, types: readonly ChangeType[], scopePath: string | null, limit: number, window: number): Promise<ChangeScan> {
    const rows = await this.dataSource.query<(ChangeRow & { top: string })[]>(
      `WITH top AS (SELECT coalesce(max(seq), 0) AS m FROM change_log),
       page AS (
         SELECT seq, type, record_id, version, action, occurred_at FROM change_log
         WHERE seq > $1::bigint AND seq <= $1::bigint + $5::bigint AND type = ANY($2::text[]) AND ${withinScopeSql(3)}
         ORDER BY seq LIMIT $4
       )
       SELECT p.seq::text AS seq, p.type, p.record_id AS "recordId", p.version, p.action, p.occurred_at AS "occurredAt", top.m::text AS top
       FROM top LEFT JOIN page p ON true ORDER BY p.seq`,
      [since, types, scopePath, limit, window],
    );
    const top = rows[0]?.top ?? since;
    const items = rows.filter((r) => r.seq !== null);
    const full = items.length === limit;
    const windowEnd = (BigInt(since) + BigInt(window)).toString();
    const scannedThrough = full ? items[items.length - 1].seq : BigInt(top) < BigInt(windowEnd) ? maxOf(top, since) : windowEnd;
    return { rows: items.map(({ top: _top, ...row }) => row), scannedThrough };
  }

  /** Deletes changes recorded before `before`, `chunk` rows at a time; moves the horizon with them. */
  async purgeBefore(before: Date, chunk: number): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      // An UPDATE: TypeORM answers [rows, rowCount].
      const [rows] = await m.query<[{ n: number }[], number]>(
        `WITH gone AS (
           DELETE FROM change_log WHERE seq IN (SELECT seq FROM change_log WHERE recorded_at < $1 ORDER BY seq LIMIT $2) RETURNING seq
         )
         UPDATE change_log_horizon SET purged_through = greatest(purged_through, (SELECT coalesce(max(seq), 0) FROM gone))
         RETURNING (SELECT count(*) FROM gone)::int AS n`,
        [before, chunk],
      );
      return rows[0]?.n ?? 0;
    });
  }
}

function maxOf(a: string, b: string): string {
  return BigInt(a) > BigInt(b) ? a : b;
}
