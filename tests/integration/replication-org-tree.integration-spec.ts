import type { EventEnvelope, OrgSnapshotRow, SnapshotPage, SnapshotSummary } from '@lienthong/contracts';
import {
  createDataSource,
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  CreateOrgReplica1796100000100,
  CreateReplicaWatermark1796100000000,
  OrgReplicaQueries,
  orgReplicaDefinition,
  Replica,
  runMigrations,
  runReplicaCli,
  type OrgReplica,
  type SnapshotSource,
} from '@lienthong/platform';
import { startSystem, SYSTEM_SERVICES, type RunningSystem } from '@lienthong/standalone';
import { createTestDatabase, deleteTestStreams, dropTestDatabases, quietLogger, scaledMs, testDatabasePrefix, testEnv } from '@lienthong/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { InMemoryFactStream } from './support/in-memory-fact-stream';
import { orgBurst } from './replication-support/org-burst';
import { replicaLag } from './replication-support/replica-lag';
import { membersTree, replicaTree, waitForConvergence } from './replication-support/replica-truth';

/**
 * The org tree replica of every service and of the gateway, over the PostgreSQL bus and (when
 * the run has NATS) JetStream: a burst of random changes on members converges everywhere, a
 * rebuild from members' snapshot gives the same tree, shuffled and duplicated deliveries give
 * it too, and the consistency check tells equal from unequal.
 */
const PASSWORD = 'mật-khẩu-replication-2026';
const modes: ['in-process' | 'nats'][] = [['in-process']];
if (testEnv.natsUrl()) modes.push(['nats']);

const withReplicas = (system: RunningSystem): Record<string, string> => ({
  documents: system.databases.documents,
  finance: system.databases.finance,
  resolutions: system.databases.resolutions,
  gateway: system.databases.gateway,
});

// Booting the whole system, a 200-change burst over HTTP and rebuilds take seconds on a quiet machine
// and minutes on a loaded one: generous ceilings (scaled by LT_TEST_TIME_SCALE), condition-based waits.
const SYSTEM_MS = scaledMs(240_000);

describe.each(modes)('org tree replica over %s', (transport) => {
  const label = `repl_${transport === 'nats' ? 'js' : 'bus'}`;
  const databasePrefix = testDatabasePrefix(label);
  const subjectPrefix = `${testEnv.runId()}-${label}-${randomBytes(3).toString('hex')}`.toLowerCase();
  let system: RunningSystem;
  let token: string;
  let replicas: Record<string, OrgReplica>;

  beforeAll(async () => {
    system = await startSystem({
      transport,
      natsUrl: testEnv.natsUrl(),
      subjectPrefix,
      pgAdminUrl: testEnv.pgAdminUrl(),
      databasePrefix,
      port: 0,
      adminPassword: PASSWORD,
      logger: quietLogger(),
    });
    const login = await request(system.url).post('/api/v1/auth/login').send({ username: 'admin', password: PASSWORD }).expect(200);
    token = (login.body as { accessToken: string }).accessToken;
    replicas = { gateway: system.gateway.orgReplica as OrgReplica };
    for (const name of SYSTEM_SERVICES) if (system.services[name]?.orgReplica) replicas[name] = system.services[name].orgReplica;
    await Promise.all(Object.values(replicas).map((r) => r.ready()));
   }, SYSTEM_MS);

  afterAll(async () => {
    await system?.close();
    await dropTestDatabases(databasePrefix);
    await deleteTestStreams(subjectPrefix);
   }, SYSTEM_MS);

  it('runs a replica in documents, finance, resolutions and the gateway (not in members, the owner)', () => {
    expect(Object.keys(replicas).sort()).toEqual(['documents', 'finance', 'gateway', 'resolutions']);
  });

  it('converges everywhere after a burst of 200 random creates, renames, moves and closes', async () => {
    const counts = await orgBurst(system.url, token, 200, 7);
    const ms = await waitForConvergence(system.databases.members, withReplicas(system));
    const lag = await replicaLag(system.databases.members, system.databases.documents, 'documents-org-replica');
    process.stdout.write(`[replication ${transport}] burst ${JSON.stringify(counts)}; converged ${ms} ms after the last change; documents lag ${JSON.stringify(lag)}\n`);
    expect(counts.moves).toBeGreaterThan(20);
    expect(counts.renames + counts.closes).toBeGreaterThan(20);
    expect((await membersTree(system.databases.members)).length).toBe(counts.creates);
   }, SYSTEM_MS);

  it('answers scope questions from the replica', async () => {
    const tree = await membersTree(system.databases.members);
    const deep = tree.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    const rootId = deep.path.split('/')[1];
    await withClient(system.databases.finance, async (client) => {
      const queries = new OrgReplicaQueries({ query: async (sql, params) => (await client.query(sql, params)).rows as unknown[] });
      expect(await queries.isWithinScope(deep.id, rootId)).toBe(true);
      expect(await queries.isWithinScope(rootId, deep.id)).toBe(false);
      expect(await queries.isWithinScope(deep.id, '00000000-0000-4000-8000-000000000000')).toBe(false);
      expect((await queries.subtreeOf(rootId)).map((o) => o.id).sort()).toEqual(tree.map((o) => o.id).sort());
      expect((await queries.subtreeOf(deep.id)).map((o) => o.id)).toEqual([deep.id]);
    });
  });

  it('rebuilds from the snapshot into the same tree (function and CLI)', async () => {
    const before = await replicaTree(system.databases.documents);
    const summary = await replicas.documents.rebuild();
    expect(summary.rows).toBe(before.length);
    expect(await replicaTree(system.databases.documents)).toEqual(before);

    const out: string[] = [];
    const env = { FINANCE_DATABASE_URL: system.databases.finance };
    expect(await runReplicaCli(['finance', 'rebuild', '--replica', 'org_replica', '--wait', String(Math.ceil(scaledMs(120_000) / 1_000))], env, (l) => out.push(l))).toBe(0);
    expect(out.join('\n')).toContain(`rebuilt: ${before.length} rows`);
    expect(await replicaTree(system.databases.finance)).toEqual(before);
   }, SYSTEM_MS);

  it('the consistency check reports equal, then unequal after tampering, and equal after a rebuild', async () => {
    expect((await replicas.resolutions.check({ attempts: 1 })).equal).toBe(true);
    await pgExec(system.databases.resolutions, `UPDATE org_replica SET version = version + 1 WHERE id = (SELECT id FROM org_replica LIMIT 1)`);
    const unequal = await replicas.resolutions.check({ attempts: 2, retryDelayMs: 100 });
    expect(unequal).toEqual(expect.objectContaining({ equal: false, behind: false }));
    expect(unequal.owner.count).toBe(unequal.replicaSide.count);
    await replicas.resolutions.rebuild();
    expect((await replicas.resolutions.check({ attempts: 1 })).equal).toBe(true);
   }, SYSTEM_MS);

  it('duplicated and reordered deliveries of every fact give the same tree', async () => {
    const facts = await outboxEnvelopes(system.databases.members);
    const truth = await membersTree(system.databases.members);
    const db = await createTestDatabase(`${label}_shuffle`);
    const dataSource = createDataSource({
      service: 'replication-test',
      url: db.url,
      entities: [],
      migrations: [CreateEventInbox1796000000000, CreateDeadLetter1796000000100, CreateReplicaWatermark1796100000000, CreateOrgReplica1796100000100],
    });
    await dataSource.initialize();
    try {
      await runMigrations(dataSource, 'replication-test', quietLogger());
      for (const seed of [1, 2, 3]) {
        await dataSource.query(`DELETE FROM org_replica; DELETE FROM inbox; DELETE FROM replica_watermark`);
        const shuffled = shuffle([...facts, ...facts.filter((_, i) => i % 3 === seed % 3)], seed);
        const stream = new InMemoryFactStream({ maxInFlight: 4, lostAckRate: 0.1, random: prng(seed) });
        await stream.publish(shuffled);
        const replica = new Replica({ definition: orgReplicaDefinition, group: `shuffle-${seed}`, dataSource, stream, snapshots: emptySnapshot, logger: quietLogger() });
        await replica.start();
        await replica.ready();
        await stream.idle(`shuffle-${seed}`);
        await replica.stop();
        expect({ seed, tree: await replicaTree(db.url) }).toEqual({ seed, tree: truth });
      }
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
   }, SYSTEM_MS);
});

const emptySnapshot: SnapshotSource<OrgSnapshotRow> = {
  page: (): Promise<SnapshotPage<OrgSnapshotRow>> => Promise.resolve({ items: [], nextAfter: null, readAt: new Date().toISOString(), watermark: null }),
  summary: (): Promise<SnapshotSummary> => Promise.resolve({ count: 0, checksum: '', readAt: new Date().toISOString(), watermark: null }),
};

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const rnd = prng(seed + 100);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function pgExec(url: string, sql: string): Promise<void> {
  return withClient(url, async (c) => void (await c.query(sql)));
}

function outboxEnvelopes(url: string): Promise<EventEnvelope[]> {
  return withClient(url, async (c) => (await c.query<{ envelope: EventEnvelope }>(`SELECT envelope FROM outbox ORDER BY position`)).rows.map((r) => r.envelope));
}
