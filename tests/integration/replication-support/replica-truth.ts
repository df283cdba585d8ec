import { scaledMs } from '@lienthong/testing';
import { Client } from 'pg';

export interface TreeRow {
  id: string;
  version: number;
  path: string;
  parentId: string | null;
  status: string;
  name: string;
}

async function rows(url: string, sql: string): Promise<TreeRow[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<TreeRow>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Members' own tree with the id paths a replica should hold (from the parent links). */
export function membersTree(membersUrl: string): Promise<TreeRow[]> {
  return rows(
    membersUrl,
    `WITH RECURSIVE t AS (
       SELECT id, '/' || id || '/' AS p FROM org WHERE parent_id IS NULL
       UNION ALL SELECT c.id, t.p || c.id || '/' FROM org c JOIN t ON c.parent_id = t.id
     )
     SELECT o.id, o.version, t.p AS path, o.parent_id AS "parentId", o.status, o.name FROM org o JOIN t ON t.id = o.id ORDER BY o.id`,
  );
}

export function replicaTree(url: string): Promise<TreeRow[]> {
  return rows(url, `SELECT id, version, path, parent_id AS "parentId", status, name FROM org_replica ORDER BY id`);
}

/** Polls until every replica equals members' tree; resolves with the ms it took (rejects with the first difference). */
export async function waitForConvergence(membersUrl: string, replicaUrls: Record<string, string>, ceilingMs = scaledMs(180_000)): Promise<number> {
  const timeoutMs = ceilingMs; // a ceiling only: a correct replica converges in about a second
  const started = Date.now();
  const truth = JSON.stringify(await membersTree(membersUrl));
  for (;;) {
    const differing: string[] = [];
    for (const [name, url] of Object.entries(replicaUrls)) if (JSON.stringify(await replicaTree(url)) !== truth) differing.push(name);
    if (differing.length === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`Replicas not converged after ${timeoutMs} ms: ${differing.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
