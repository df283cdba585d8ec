import type { OrgKind, OrgStatus } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { scopeSql, type ActorScope } from '../../scope/actor-scope';
import { partyToday } from '../org-kind-rules';
import type { OrgKeyset } from '../org.repository';
import { laterOf } from './party-dates';

/** One version of an org over `[validFrom, validUntil)` (validUntil exclusive, null: current). */
export interface OrgHistoryRow {
  orgId: string;
  validFrom: string;
  validUntil: string | null;
  parentId: string | null;
  name: string;
  nameFolded: string;
  shortName: string;
  kind: OrgKind;
  status: OrgStatus;
}

const COLUMNS = `h.org_id AS "orgId", to_char(h.valid_from, 'YYYY-MM-DD') AS "validFrom",
  to_char(h.valid_until, 'YYYY-MM-DD') AS "validUntil", h.parent_id AS "parentId", h.name, h.name_folded AS "nameFolded",
  h.short_name AS "shortName", h.kind, h.status`;

/** The version of `h` in force on the date parameter `$n`. */
const ON_DAY = (n: number) => `h.valid_from <= $${n}::date AND (h.valid_until IS NULL OR h.valid_until > $${n}::date)`;

/**
 * `org_history`: every write use case records the org's new state here, in its own transaction,
 * from the day it takes effect. Day granularity: two changes on one day leave one version (the
 * later state), as party decisions are dated by day.
 */
@Injectable()
export class OrgHistoryRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Records the current `org` rows of `orgIds` as their versions from `from`, set-based: a
   * current version that started that same day is overwritten, an older one ends on `from`.
   * Callers make sure no current version starts after `from` (`latestStarts`); were one to,
   * the exclusion constraint would refuse the overlap rather than let history lie.
   */
  async record(m: EntityManager, orgIds: string[], from: string): Promise<void> {
    if (orgIds.length === 0) return;
    await m.query(
      `UPDATE org_history h SET parent_id = o.parent_id, name = o.name, name_folded = o.name_folded, short_name = o.short_name,
              kind = o.kind, status = o.status, recorded_at = now()
         FROM org o
        WHERE o.id = h.org_id AND h.org_id = ANY($1::uuid[]) AND h.valid_until IS NULL AND h.valid_from = $2::date`,
      [orgIds, from],
    );
    await m.query(`UPDATE org_history SET valid_until = $2::date WHERE org_id = ANY($1::uuid[]) AND valid_until IS NULL AND valid_from < $2::date`, [
      orgIds,
      from,
    ]);
    await m.query(
      `INSERT INTO org_history (org_id, valid_from, valid_until, parent_id, name, name_folded, short_name, kind, status)
       SELECT o.id, $2::date, NULL, o.parent_id, o.name, o.name_folded, o.short_name, o.kind, o.status
         FROM org o
        WHERE o.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM org_history h WHERE h.org_id = o.id AND h.valid_until IS NULL)`,
      [orgIds, from],
    );
  }

  /**
   * Records a change that carries no date of its own (a rename, a move): it takes effect
   * today in Viet Nam, or on the org's latest version start if that lies ahead (an org founded
   * with a future validFrom is corrected in place).
   */
  async recordToday(m: EntityManager, orgId: string): Promise<void> {
    const latest = (await this.latestStarts(m, [orgId])).get(orgId);
    await this.record(m, [orgId], latest === undefined ? partyToday() : laterOf(partyToday(), latest));
  }

  /** The day each org's current version started: a change cannot take effect before it. */
  async latestStarts(m: EntityManager, orgIds: string[]): Promise<Map<string, string>> {
    if (orgIds.length === 0) return new Map();
    const rows: { id: string; d: string }[] = await m.query(
      `SELECT org_id AS id, to_char(valid_from, 'YYYY-MM-DD') AS d FROM org_history WHERE org_id = ANY($1::uuid[]) AND valid_until IS NULL`,
      [orgIds],
    );
    return new Map(rows.map((r) => [r.id, r.d]));
  }

  versionsOf(orgId: string, m: EntityManager = this.dataSource.manager): Promise<OrgHistoryRow[]> {
    return m.query(`SELECT ${COLUMNS} FROM org_history h WHERE h.org_id = $1 ORDER BY h.valid_from`, [orgId]);
  }

  async versionOn(orgId: string, day: string, m: EntityManager = this.dataSource.manager): Promise<OrgHistoryRow | null> {
    const rows: OrgHistoryRow[] = await m.query(`SELECT ${COLUMNS} FROM org_history h WHERE h.org_id = $1 AND ${ON_DAY(2)}`, [orgId, day]);
    return rows[0] ?? null;
  }

  /**
   * The children of `parentId` on `day`, keyset-paged by (folded name of that day, id), among
   * the orgs the scope shows now. Index: (parent_id, valid_from).
   */
  childrenOn(
    parentId: string,
    day: string,
    scope: ActorScope,
    page: { includeClosed: boolean; after?: OrgKeyset; limit: number },
  ): Promise<OrgHistoryRow[]> {
    const scoped = scopeSql(scope, 'o.path', 6);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM org_history h JOIN org o ON o.id = h.org_id
        WHERE h.parent_id = $1 AND ${ON_DAY(2)} AND ($3::boolean OR h.status = 'active')
          AND ($4::text IS NULL OR (h.name_folded, h.org_id) > ($4::text COLLATE "C", $5::uuid))
          AND ${scoped.sql}
        ORDER BY h.name_folded, h.org_id
        LIMIT ${Number(page.limit)}`,
      [parentId, day, page.includeClosed, page.after?.nameFolded ?? null, page.after?.id ?? null, ...scoped.params],
    );
  }

  /** Ancestor ids of each org on `day`, root first, following the parent links of that day. */
  async ancestorsOn(orgIds: string[], day: string): Promise<Map<string, string[]>> {
    if (orgIds.length === 0) return new Map();
    const rows: { start: string; ancestor: string }[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT h.org_id AS start, h.parent_id AS ancestor, 0 AS n FROM org_history h WHERE h.org_id = ANY($1::uuid[]) AND ${ON_DAY(2)}
         UNION ALL
         SELECT up.start, h.parent_id, up.n + 1 FROM up JOIN org_history h ON h.org_id = up.ancestor AND ${ON_DAY(2)}
          WHERE up.n < 64
       )
       SELECT start, ancestor FROM up WHERE ancestor IS NOT NULL ORDER BY start, n DESC`,
      [orgIds, day],
    );
    const byOrg = new Map<string, string[]>(orgIds.map((id) => [id, []]));
    for (const r of rows) byOrg.get(r.start)?.push(r.ancestor);
    return byOrg;
  }

  async activeChildCountsOn(ids: string[], day: string): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { parent_id: string; n: string }[] = await this.dataSource.query(
      `SELECT h.parent_id, count(*) AS n FROM org_history h
        WHERE h.parent_id = ANY($1::uuid[]) AND ${ON_DAY(2)} AND h.status = 'active' GROUP BY h.parent_id`,
      [ids, day],
    );
    return new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
  }
}

/**
 * The first versions of orgs written without history (the demo seed, which inserts a tree with
 * its closed orgs in one go): open from validFrom, closed from the day after validTo.
 */
export async function recordInitialHistory(m: EntityManager): Promise<void> {
  await m.query(`
    INSERT INTO org_history (org_id, valid_from, valid_until, parent_id, name, name_folded, short_name, kind, status)
    SELECT id, valid_from, CASE WHEN status = 'closed' THEN valid_to + 1 END, parent_id, name, name_folded, short_name, kind, 'active'
      FROM org o WHERE NOT EXISTS (SELECT 1 FROM org_history h WHERE h.org_id = o.id)
    UNION ALL
    SELECT id, valid_to + 1, NULL, parent_id, name, name_folded, short_name, kind, 'closed'
      FROM org o WHERE status = 'closed' AND NOT EXISTS (SELECT 1 FROM org_history h WHERE h.org_id = o.id)`);
}
