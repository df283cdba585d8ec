import type { OrgEventState } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';

/** Depth from an id path: segments − 1 (`/a/` → 0). */
const DEPTH_SQL = (p: string) => `(length(${p}) - length(replace(${p}, '/', ''))) - 2`;

/**
 * Applies one org fact (created, updated, moved, closed: each carries the org as it now stands)
 * under the version guard of that org. When the write wins and the org's path changed, its
 * descendants' paths are rewritten set-based, still under the moved org's guard.
 *
 * Paths come from the replica itself: the parent's path when the parent is here, so a fact
 * whose ancestry went stale (created before its ancestor moved, applied after) still lands in
 * the right place; otherwise from the fact's ancestorIds (an out-of-order arrival), fixed up when
 * the missing ancestor arrives. Invariant kept by every write: a row whose parent is present has
 * `path = parent.path || id || '/'`, so the rows with a path prefix are exactly the subtree.
 */
export async function applyOrgState(m: EntityManager, org: OrgEventState): Promise<boolean> {
  const current: { version: number; path: string }[] = await m.query(`SELECT version, path FROM org_replica WHERE id = $1 FOR UPDATE`, [org.id]);
  if (current.length > 0 && current[0].version >= org.version) return false;
  const path = await resolvePath(m, org);
  await m.query(
    `INSERT INTO org_replica (id, parent_id, path, depth, status, name, short_name, kind, valid_from, valid_to, version, replicated_at)
     VALUES ($1, $2, $3::text, ${DEPTH_SQL('$3::text')}, $4, $5, $6, $7, $8, $9, $10, now())
     ON CONFLICT (id) DO UPDATE SET
       parent_id = EXCLUDED.parent_id, path = EXCLUDED.path, depth = EXCLUDED.depth, status = EXCLUDED.status,
       name = EXCLUDED.name, short_name = EXCLUDED.short_name, kind = EXCLUDED.kind, valid_from = EXCLUDED.valid_from,
       valid_to = EXCLUDED.valid_to, version = EXCLUDED.version, replicated_at = now()`,
    [org.id, org.parentId, path, org.status, org.name, org.shortName, org.kind, org.validFrom, org.validTo, org.version],
  );
  if (current.length > 0 && current[0].path !== path) await rewriteSubtree(m, org.id, current[0].path, path);
  if (current.length === 0) await adoptOrphans(m, org.id, path);
  return true;
}

/** The org's path: under its parent's replica path when the parent is here, else from the fact's ancestry. */
async function resolvePath(m: EntityManager, org: OrgEventState): Promise<string> {
  if (org.parentId === null) return `/${org.id}/`;
  const chain = org.ancestorIds[org.ancestorIds.length - 1] === org.parentId ? org.ancestorIds : [...org.ancestorIds, org.parentId];
  const present: { id: string; path: string }[] = await m.query(`SELECT id, path FROM org_replica WHERE id = ANY($1::uuid[])`, [chain]);
  const pathOf = new Map(present.map((r) => [r.id, r.path]));
  for (let i = chain.length - 1; i >= 0; i--) {
    const base = pathOf.get(chain[i]);
    // A base that already contains the org is a transient cycle (reordered moves): use the fact's own ancestry.
    if (base === undefined || base.includes(`/${org.id}/`)) continue;
    return `${base}${[...chain.slice(i + 1), org.id].join('/')}/`;
  }
  return `/${[...chain, org.id].join('/')}/`;
}

/** Every row under `oldPath` (the org itself excluded: already written) gets `newPath` as its prefix. */
async function rewriteSubtree(m: EntityManager, id: string, oldPath: string, newPath: string): Promise<void> {
  await m.query(
    `UPDATE org_replica r SET path = n.p, depth = ${DEPTH_SQL('n.p')}
     FROM (SELECT id, $3::text || substr(path, length($1::text) + 1) AS p
             FROM org_replica WHERE path > $1::text AND path < $2::text AND id <> $4::uuid) n
     WHERE r.id = n.id`,
    [oldPath, `${oldPath}~`, newPath, id],
  );
}

/**
 * A new org whose descendants arrived first (their paths came from their facts' ancestry and
 * contain this org's id): re-root them under its real path. A full scan, but only when such
 * early children exist (checked through the parent index).
 */
async function adoptOrphans(m: EntityManager, id: string, path: string): Promise<void> {
  const children: unknown[] = await m.query(`SELECT 1 FROM org_replica WHERE parent_id = $1 LIMIT 1`, [id]);
  if (children.length === 0) return;
  const segment = `/${id}/`;
  await m.query(
    `UPDATE org_replica r SET path = n.p, depth = ${DEPTH_SQL('n.p')}
     FROM (SELECT id, $2::text || substr(path, strpos(path, $1::text) + length($1::text)) AS p
             FROM org_replica WHERE strpos(path, $1::text) > 0 AND id <> $3::uuid) n
     WHERE r.id = n.id`,
    [segment, path, id],
  );
}
