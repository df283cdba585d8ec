import { JsonLogger, runMigrations, uuidv7 } from '@lienthong/platform';
import { createTestDatabase, seedScopeTree, type ScopeTree, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createGatewayDataSource } from '../database/data-source';
import { ChangeLogRepository } from './change-log.repository';

/**
 * The feed's reads on real PostgreSQL: a narrow scope reads a sparse feed window by window
 * without gaps or repeats, a move is seen by the old scope and the new, and the retention purge
 * deletes in chunks and moves the horizon (what makes an older cursor a 410).
 */
describe('change_log (integration)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tree: ScopeTree;
  let changes: ChangeLogRepository;
  let pathA: string;
  let pathB: string;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_change_log');
    dataSource = createGatewayDataSource(db.url);
    await dataSource.initialize();
    await runMigrations(dataSource, 'gateway', new JsonLogger({ app: 'test' }, 'error'));
    tree = await seedScopeTree(dataSource);
    changes = new ChangeLogRepository(dataSource);
    pathA = `/${tree.r}/${tree.a}/`;
    pathB = `/${tree.r}/${tree.b}/`;
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  async function insert(rows: { id: string; path: string; previous?: string; type?: string; recordedAt?: string }[]): Promise<void> {
    await dataSource.query(
      `INSERT INTO change_log (event_id, type, record_id, version, action, occurred_at, recorded_at, owner_path, previous_owner_path)
       SELECT r.e, coalesce(r.t, 'member'), r.id, 1, 'updated', now(), coalesce(r.at::timestamptz, now()), r.p, r.q
       FROM jsonb_to_recordset($1::jsonb) AS r(e uuid, t text, id text, p text, q text, at text)`,
      [JSON.stringify(rows.map((r) => ({ e: uuidv7(), t: r.type, id: r.id, p: r.path, q: r.previous ?? null, at: r.recordedAt })))],
    );
  }

  it('reads a sparse scope window by window, every change once and in order, the cursor always moving', async () => {
    const start = await changes.scan('0', ['org', 'member'], null, 1, 100_000);
    const from = start.rows.length ? (await dataSource.query<{ m: string }[]>('SELECT max(seq)::text AS m FROM change_log'))[0].m : '0';
    const ours: string[] = [];
    const rows = Array.from({ length: 1_000 }, (_, i) => {
      const id = `m${i}`;
      if (i % 97 === 0) ours.push(id);
      return { id, path: i % 97 === 0 ? `${pathA}${id}/` : `${pathB}${id}/` };
    });
    await insert(rows);

    const seen: string[] = [];
    let since = from;
    let pages = 0;
    for (;;) {
      const page = await changes.scan(since, ['member'], pathA, 3, 100);
      pages += 1;
      seen.push(...page.rows.map((r) => r.recordId));
      expect(BigInt(page.scannedThrough)).toBeGreaterThanOrEqual(BigInt(since));
      if (page.scannedThrough === since) break;
      since = page.scannedThrough;
    }
    expect(seen).toEqual(ours);
    expect(pages).toBeGreaterThanOrEqual(10); // 1 000 rows in windows of 100
    const wholeTree = await changes.scan(from, ['member'], null, 200, 10_000);
    expect(wholeTree.rows).toHaveLength(200);
    expect(wholeTree.scannedThrough).toBe(wholeTree.rows[199].seq);
  });

  it('shows a move to the scope it left and to the one it entered, and filters by type', async () => {
    const top = (await dataSource.query<{ m: string }[]>('SELECT max(seq)::text AS m FROM change_log'))[0].m;
    await insert([{ id: 'moved-org', type: 'org', path: `${pathB}moved-org/`, previous: `${pathA}moved-org/` }]);
    expect((await changes.scan(top, ['org'], pathA, 10, 10_000)).rows.map((r) => r.recordId)).toEqual(['moved-org']);
    expect((await changes.scan(top, ['org'], pathB, 10, 10_000)).rows.map((r) => r.recordId)).toEqual(['moved-org']);
    expect((await changes.scan(top, ['org'], `/${tree.r}/${tree.a}/${tree.a1}/`, 10, 10_000)).rows).toEqual([]);
    expect((await changes.scan(top, ['member'], pathA, 10, 10_000)).rows).toEqual([]);
  });

  it('purges what is older than the retention in chunks and moves the horizon past it', async () => {
    await dataSource.query('DELETE FROM change_log');
    await insert(Array.from({ length: 25 }, (_, i) => ({ id: `old${i}`, path: pathA, recordedAt: '2020-01-01T00:00:00Z' })));
    await insert([{ id: 'recent', path: pathA }]);
    const lastOld = (await dataSource.query<{ m: string }[]>(`SELECT max(seq)::text AS m FROM change_log WHERE record_id LIKE 'old%'`))[0].m;
    const deleted: number[] = [];
    for (let n = 10; n === 10; ) deleted.push((n = await changes.purgeBefore(new Date('2021-01-01T00:00:00Z'), 10)));
    expect(deleted).toEqual([10, 10, 5]);
    expect(await changes.purgedThrough()).toBe(lastOld);
    expect((await dataSource.query<{ record_id: string }[]>('SELECT record_id FROM change_log')).map((r) => r.record_id)).toEqual(['recent']);
    expect(await changes.purgeBefore(new Date('2021-01-01T00:00:00Z'), 10)).toBe(0);
    expect(await changes.purgedThrough()).toBe(lastOld);
  });
});
