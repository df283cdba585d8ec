import { revertLastMigration, runMigrations, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, quietLogger, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../../app';
import { createMembersDataSource } from '../../database/data-source';
import { OrgsTestClient } from '../../testing/orgs-test-client';
import { DEMO_ORG_TREE, type DemoOrg } from './demo-org-tree';
import { seedDemoOrgs } from './seed-demo-orgs';

/** The system actor (no scope), in the given language. */
const systemContext = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });

const countTree = (node: DemoOrg): number => 1 + (node.children ?? []).reduce((n, c) => n + countTree(c), 0);

describe('demo org tree seed', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('members_seed');
    transport = await createTestTransport();
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const orgCount = async (): Promise<number> => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      return ((await pg.query('SELECT count(*)::int AS n FROM org')).rows[0] as { n: number }).n;
    } finally {
      await pg.end();
    }
  };

  it('creates the tree on first boot and nothing on the next boot', async () => {
    app = await createMembersApp({ databaseUrl: db.url, seedDemo: true }, testRuntime(transport));
    const expected = countTree(DEMO_ORG_TREE);
    expect(expected).toBeGreaterThanOrEqual(18);
    expect(await orgCount()).toBe(expected);
    await app.close();

    app = await createMembersApp({ databaseUrl: db.url, seedDemo: true }, testRuntime(transport));
    expect(await orgCount()).toBe(expected);
  });

  it('creates exactly one tree when two seeds race on an empty database; the migration goes down and up', async () => {
    const fresh = await createTestDatabase('members_seed_race');
    const dataSource = createMembersDataSource(fresh.url);
    try {
      await dataSource.initialize();
      await runMigrations(dataSource, 'members', quietLogger());
      const created = await Promise.all([seedDemoOrgs(dataSource), seedDemoOrgs(dataSource)]);
      expect(created.sort((a, b) => a - b)).toEqual([0, countTree(DEMO_ORG_TREE)]);
      const [{ events }] = await dataSource.query<{ events: number }[]>(
        `SELECT count(*)::int AS events FROM outbox WHERE type = 'members.org.created.v1' AND sent_at IS NULL`,
      );
      expect(events).toBe(countTree(DEMO_ORG_TREE));
      // Every migration goes down, newest first (org history, member records, the outbox, the org tree).
      const applied = dataSource.migrations.length;
      for (let i = 0; i < applied; i++) await revertLastMigration(dataSource, 'members');
      const [{ n }] = await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('org', 'org_kind_rule', 'outbox', 'org_history', 'org_term', 'org_succession')`,
      );
      expect(n).toBe(0);
      expect(await runMigrations(dataSource, 'members', quietLogger())).toEqual(
        expect.arrayContaining(['CreateOrgTree1795600000000', 'CreateOutbox1795700000000', 'CreateOrgHistoryTermsSuccession1796400000000']),
      );
      // The seeded tree has its first versions in the org history.
      await seedDemoOrgs(dataSource);
      const [{ missing }] = await dataSource.query<{ missing: number }[]>(
        `SELECT count(*)::int AS missing FROM org o WHERE NOT EXISTS (SELECT 1 FROM org_history h WHERE h.org_id = o.id)`,
      );
      expect(missing).toBe(0);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await fresh.drop();
    }
  });

  it('serves the seeded tree: roots, children, search without diacritics, a closed chi bộ', async () => {
    const orgs = new OrgsTestClient(transport, () => systemContext());
    const roots = await orgs.children({ parentId: null });
    expect(roots.items).toHaveLength(1);
    const [root] = roots.items;
    expect(root).toMatchObject({ name: 'Đảng bộ các cơ quan Đảng Trung ương', shortName: 'ĐU', kind: 'dang-bo-truc-thuoc-tw', childCount: 6 });
    const found = await orgs.search({ q: 'bao nhan dan' });
    expect(found.items.map((o) => o.name)).toEqual(['Đảng bộ Báo Nhân Dân']);
    expect(found.items[0]).toMatchObject({ ancestorIds: [root.id], kind: 'dang-bo-co-so', childCount: 2 });
    const closed = await orgs.search({ q: 'phong luu tru', includeClosed: true });
    expect(closed.items[0]).toMatchObject({ status: 'closed', validTo: '2025-06-30', closeReason: 'Hợp nhất vào Chi bộ Phòng Hành chính' });
    const deep = await orgs.search({ q: 'quan ly nha dat' });
    expect(deep.items[0]).toMatchObject({ depth: 3, kind: 'chi-bo-truc-thuoc' });
    expect((await orgs.ancestors({ id: deep.items[0].id })).map((o) => o.shortName)).toEqual(['ĐU', 'VPTW', 'CQT']);
  });
});
