import { uuidv7 } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { signedContext } from './test-runtime';

export interface ScopeTree {
  r: string;
  a: string;
  a1: string;
  b: string;
}

/**
 * Writes a small tree straight into a service's `org_replica`, as replication would hold it:
 * root R with sibling subtrees A (with child A1) and B — enough to test "own subtree",
 * "sibling", "ancestor" and "unknown org" scope answers.
 */
export async function seedScopeTree(dataSource: DataSource): Promise<ScopeTree> {
  const [r, a, a1, b] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const rows: [string, string | null, string, number][] = [
    [r, null, `/${r}/`, 0],
    [a, r, `/${r}/${a}/`, 1],
    [a1, a, `/${r}/${a}/${a1}/`, 2],
    [b, r, `/${r}/${b}/`, 1],
  ];
  for (const [id, parentId, path, depth] of rows) {
    await dataSource.query(
      `INSERT INTO org_replica (id, parent_id, path, depth, status, name, short_name, kind, valid_from, version)
       VALUES ($1, $2, $3, $4, 'active', 'x', 'x', 'chi-bo-co-so', '2025-01-01', 1)`,
      [id, parentId, path, depth],
    );
  }
  return { r, a, a1, b };
}

/** A signed context for an officer with these permissions, scoped to the subtree of `scopeOrgId`. */
export function scopedOfficer(permissions: string[], scopeOrgId: string): ReturnType<typeof signedContext> {
  return signedContext({ actor: { type: 'user', id: uuidv7(), name: 'Cán bộ' }, roles: ['office'], permissions, scopeOrgId });
}
