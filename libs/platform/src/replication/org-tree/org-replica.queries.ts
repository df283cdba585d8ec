import type { OrgKind, OrgStatus } from '@lienthong/contracts';
import type { ReplicaSql } from '../replica-watermark-store';

export interface OrgReplicaRow {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  status: OrgStatus;
  name: string;
  shortName: string;
  kind: OrgKind;
  validFrom: string;
  validTo: string | null;
  version: number;
}

const COLUMNS = `id, parent_id AS "parentId", path, depth, status, name, short_name AS "shortName", kind,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", version`;

/**
 * Scope questions answered from this service's own `org_replica` (no call to members): the
 * helpers the access rules will use. Each is one btree range scan on the id path.
 */
export class OrgReplicaQueries {
  constructor(private readonly sql: ReplicaSql) {}

  /** True when `orgId` is `scopeRootId` itself or lies below it; false when either is unknown here. */
  async isWithinScope(orgId: string, scopeRootId: string): Promise<boolean> {
    const rows = (await this.sql.query(
      `SELECT EXISTS (
         SELECT 1 FROM org_replica o, org_replica s
         WHERE o.id = $1 AND s.id = $2 AND o.path >= s.path AND o.path < s.path || '~'
       ) AS within`,
      [orgId, scopeRootId],
    )) as { within: boolean }[];
    return rows[0]?.within ?? false;
  }

  /** The org and everything under it, root first (by depth, then name). Empty when the root is unknown. */
  async subtreeOf(rootId: string, options: { includeClosed?: boolean } = {}): Promise<OrgReplicaRow[]> {
    return (await this.sql.query(
      `SELECT ${COLUMNS} FROM org_replica o
       WHERE o.path >= (SELECT path FROM org_replica WHERE id = $1) AND o.path < (SELECT path || '~' FROM org_replica WHERE id = $1)
         AND ($2::boolean OR o.status = 'active')
       ORDER BY o.depth, o.name, o.id`,
      [rootId, options.includeClosed ?? true],
    )) as OrgReplicaRow[];
  }

  async get(id: string): Promise<OrgReplicaRow | undefined> {
    const rows = (await this.sql.query(`SELECT ${COLUMNS} FROM org_replica WHERE id = $1`, [id])) as OrgReplicaRow[];
    return rows[0];
  }
}
