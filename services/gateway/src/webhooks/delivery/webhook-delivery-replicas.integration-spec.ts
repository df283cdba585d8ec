import { JsonLogger, runMigrations, uuidv7 } from '@lienthong/platform';
import { createTestDatabase, seedScopeTree, type ScopeTree, type TestDatabase } from '@lienthong/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../audit/audit-log';
import { createGatewayDataSource } from '../../database/data-source';
import { resolveGatewaySettings } from '../../gateway-settings';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import type { WebhookOwnerAccess } from './webhook-owner-access';

interface Received {
  delivery: string;
  body: { id: string; version: number };
}

/**
 * Several gateway replicas share the deliveries through PostgreSQL alone: three workers on one
 * database, each ticking as fast as it can, deliver every change exactly once and, per record,
 * in version order — while the receiver refuses every third request.
 */
describe('webhook delivery across replicas (integration)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let tree: ScopeTree;
  let server: Server;
  let url: string;
  const received: Received[] = [];
  let requests = 0;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_webhook_replicas');
    dataSource = createGatewayDataSource(db.url);
    await dataSource.initialize();
    await runMigrations(dataSource, 'gateway', new JsonLogger({ app: 'test' }, 'error'));
    tree = await seedScopeTree(dataSource);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests += 1;
        if (requests % 3 === 0) return void res.writeHead(503).end();
        received.push({ delivery: String(req.headers['x-lienthong-delivery']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'] });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await dataSource?.destroy();
    await db?.drop();
  });

  function worker(): WebhookDeliveryWorker {
    const settings = resolveGatewaySettings({
      databaseUrl: db.url,
      httpPort: 0,
      jwtSecret: 'x'.repeat(32),
      webhooks: { allowLoopbackHttp: true, pollMs: 0, backoffBaseMs: 1, backoffMaxMs: 5, maxAttempts: 20, concurrency: 4 },
    });
    const owners = { of: () => Promise.resolve({ allowed: true, scopeOrgId: tree.a }) } as unknown as WebhookOwnerAccess;
    const audit = { record: () => undefined } as unknown as AuditLog;
    return new WebhookDeliveryWorker(dataSource, settings, owners, audit, new JsonLogger({ app: 'test' }, 'error'));
  }

  it('delivers each change once, in version order per record, with three workers racing', async () => {
    const webhookId = uuidv7();
    await dataSource.query(
      `INSERT INTO webhook (id, owner_kind, owner_id, scope_org_id, url, event_types, secret, last_seq) VALUES ($1, 'client', $2, $3, $4, '{org.*}', 'whsec_test', 0)`,
      [webhookId, uuidv7(), tree.a, url],
    );
    // 20 records × 5 versions inside A (interleaved), and 20 changes in sibling B that must not go.
    const records = Array.from({ length: 20 }, () => uuidv7());
    for (let version = 1; version <= 5; version++) {
      for (const id of records) await change(id, version, `/${tree.r}/${tree.a}/${id}/`);
    }
    for (let i = 0; i < 20; i++) await change(uuidv7(), 1, `/${tree.r}/${tree.b}/x${i}/`);

    const workers = [worker(), worker(), worker()];
    const deadline = Date.now() + 30_000;
    while (received.length < 100 && Date.now() < deadline) await Promise.all(workers.map((w) => w.tick()));

    expect(received).toHaveLength(100);
    expect(new Set(received.map((r) => r.delivery)).size).toBe(100);
    expect(new Set(received.map((r) => `${r.body.id}:${r.body.version}`)).size).toBe(100);
    for (const id of records) expect(received.filter((r) => r.body.id === id).map((r) => r.body.version)).toEqual([1, 2, 3, 4, 5]);
    const statuses = await dataSource.query<{ status: string; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM webhook_delivery WHERE webhook_id = $1 GROUP BY status',
      [webhookId],
    );
    expect(statuses).toEqual([{ status: 'succeeded', n: 100 }]);
  });

  async function change(id: string, version: number, path: string): Promise<void> {
    await dataSource.query(
      `INSERT INTO change_log (event_id, type, record_id, version, action, occurred_at, owner_path) VALUES ($1, 'org', $2, $3, 'updated', now(), $4)`,
      [uuidv7(), id, version, path],
    );
  }
});
