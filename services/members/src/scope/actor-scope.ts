import type { AuthContextClaims } from '@lienthong/contracts';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * What an actor may see of the members database: everything (system actor, or no scope), or
 * the subtree of its scope org. `path: null` means the scope org does not exist: nothing is
 * visible. Every table the helper restricts carries a materialized org path (`org.path`, a
 * member's org path), so the check is one btree range on that column.
 */
export type ActorScope = { kind: 'all' } | { kind: 'subtree'; rootId: string; path: string | null };

/** The scope the signed auth context gives, with the scope org's current path (so an org move takes effect at once). */
export async function resolveActorScope(m: EntityManager, auth: AuthContextClaims): Promise<ActorScope> {
  if (auth.scopeOrgId === null) return { kind: 'all' };
  const rows: { path: string }[] = await m.query(`SELECT path FROM org WHERE id = $1`, [auth.scopeOrgId]);
  return { kind: 'subtree', rootId: auth.scopeOrgId, path: rows[0]?.path ?? null };
}

/** Exclusive upper bound of the subtree range of a path ("C" collation: '~' sorts above every segment). */
export function scopeUpperBound(path: string): string {
  return `${path}~`;
}

/** True when a row at `path` lies in the scope. */
export function isInScope(scope: ActorScope, path: string): boolean {
  return scope.kind === 'all' || (scope.path !== null && path.startsWith(scope.path));
}

/**
 * Restricts a query to the rows whose `pathColumn` (e.g. `o.path`, `m.org_path`) lies in the
 * scope: a btree-indexable range under the "C" collation. `name` keeps parameter names apart
 * when one query restricts two columns.
 */
export function restrictToScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: ActorScope,
  pathColumn: string,
  name = 'scope',
): SelectQueryBuilder<T> {
  if (scope.kind === 'all') return qb;
  if (scope.path === null) return qb.andWhere('FALSE');
  return qb.andWhere(`${pathColumn} >= :${name}Low COLLATE "C" AND ${pathColumn} < :${name}High COLLATE "C"`, {
    [`${name}Low`]: scope.path,
    [`${name}High`]: scopeUpperBound(scope.path),
  });
}

/** The same restriction for hand-written SQL: a condition on `pathColumn` with its parameters from `$first`. */
export function scopeSql(scope: ActorScope, pathColumn: string, first: number): { sql: string; params: string[] } {
  if (scope.kind === 'all') return { sql: 'TRUE', params: [] };
  if (scope.path === null) return { sql: 'FALSE', params: [] };
  return {
    sql: `(${pathColumn} >= $${first}::text COLLATE "C" AND ${pathColumn} < $${first + 1}::text COLLATE "C")`,
    params: [scope.path, scopeUpperBound(scope.path)],
  };
}
