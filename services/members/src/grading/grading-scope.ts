import { scopeSql, type ActorScope } from '../scope';

/**
 * Who sees a campaign: one opened within the caller's scope, or one opened above it that covers
 * the caller's org (a chi bộ's officers see the campaign their đảng bộ opened). `$first…` are the
 * parameters it adds.
 */
export function campaignVisibleSql(scope: ActorScope, alias: string, first: number): { sql: string; params: string[] } {
  if (scope.kind === 'all') return { sql: 'TRUE', params: [] };
  if (scope.path === null) return { sql: 'FALSE', params: [] };
  const inScope = scopeSql(scope, `${alias}.root_org_path`, first);
  return { sql: `(${inScope.sql} OR starts_with($${first}::text, ${alias}.root_org_path))`, params: inScope.params };
}

/** The subtree range of a path, for rows whose org path must lie under it. */
export function subtreeSql(pathColumn: string, first: number): string {
  return `(${pathColumn} >= $${first}::text COLLATE "C" AND ${pathColumn} < ($${first}::text || '~') COLLATE "C")`;
}

/** The scope root, when the caller's scope is a subtree (null: the whole tree). */
export function scopeRootId(scope: ActorScope): string | null {
  return scope.kind === 'subtree' ? scope.rootId : null;
}
