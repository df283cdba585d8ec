import { JsonLogger, runMigrations, uuidv7 } from '@lienthong/platform';
import { createTestDatabase, seedScopeTree, type ScopeTree, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createGatewayDataSource } from '../../database/data-source';
import { fanOutChanges } from './webhook-fan-out';

/**
 * The fan-out never passes over a change committed while it runs: a writer appends changes the
 * way the change feed does (serialised, one per transaction) while the fan-out runs in a tight
 * loop, and every change ends with exactly one delivery. (CI caught a webhook missing an
 * org's middle version: the fan-out read its changes and the log's top in two snapshots.)
 */
describe('webhook fan-out racing the change log (integration)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tree: ScopeTree;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_webhook_fan_out');
    dataSource = createGatewayDataSource(db.url);
    await dataSource.initialize();
    await runMigrations(dataSource, 'gateway', new JsonLogger({ app: 'test' }, 'error'));
    tree = await seedScopeTree(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('gives every change appended during the fan-out one delivery', async () => {
    const webhookId = uuidv7();
    await dataSource.query(
      `INSERT INTO webhook (id, owner_kind, owner_id, scope_org_id, url, event_types, secret, last_seq)
       VALUES ($1, 'client', $2, $3, 'https://example.org/hook', '{org.*}', 'whsec_test', (SELECT coalesce(max(seq), 0) FROM change_log))`,
      [webhookId, uuidv7(), tree.a],
    );
    const total = 400;
    let written = 0;
    const writer = (async () => {
      for (; written < total; written++) {
        await dataSource.transaction(async (m) => {
          await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('gateway.change_log.append', 0))`);
          await m.query(
            `INSERT INTO change_log (event_id, type, record_id, version, action, occurred_at, owner_path) VALUES ($1, 'org', $2, 1, 'created', now(), $3)`,
            [uuidv7(), uuidv7(), `/${tree.r}/${tree.a}/`],
          );
        });
      }
    })();
    const access = () => Promise.resolve({ allowed: true as const, scopeOrgId: tree.a });
    const fanOuts = Array.from({ length: 2 }, async () => {
      while (written < total) await fanOutChanges(dataSource, access);
    });
    await Promise.all([writer, ...fanOuts]);
    await fanOutChanges(dataSource, access);

    const [{ n }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM webhook_delivery WHERE webhook_id = $1', [webhookId]);
    expect(n).toBe(total);
  });
});
