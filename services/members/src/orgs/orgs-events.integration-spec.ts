import { EVENTS, type EventEnvelope, type OrgChangedEventV1 } from '@lienthong/contracts';
import { PgBusFactStream, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, quietLogger, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

/** Every org change writes its fact to the outbox in the same transaction; the relay sends it. */
describe('org tree: facts in the outbox', () => {
  let db: TestDatabase;
  let busDb: TestDatabase;
  let bus: PgBusFactStream;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  let pg: Client;
  let context: CallContext;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_ev');
    busDb = await createTestDatabase('members_orgs_bus');
    bus = await PgBusFactStream.connect({ url: busDb.url, logger: quietLogger(), pollIntervalMs: 50 });
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, { ...testRuntime(transport), events: { stream: bus, relay: { pollIntervalMs: 50 } } });
    context = {
      ...signedContext({ actor: { type: 'user', id: 'u-events', name: 'Cán bộ tổ chức' }, roles: ['org-officer'], permissions: ['members:read', 'members:write'] }),
      language: 'en',
    };
    orgs = new OrgsTestClient(transport, () => context);
    make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await bus?.close();
    await transport?.close();
    await db?.drop();
    await busDb?.drop();
  });

  const eventsOf = async (orgId: string): Promise<EventEnvelope<OrgChangedEventV1>[]> =>
    (await pg.query(`SELECT envelope FROM outbox WHERE aggregate_id = $1 ORDER BY position`, [orgId])).rows.map(
      (r: { envelope: EventEnvelope<OrgChangedEventV1> }) => r.envelope,
    );

  it('creates, updates, moves and closes with one event each, carrying the org, its version and the actor', async () => {
    const root = await make.root();
    const other = await make.root('Đảng bộ Khối Doanh nghiệp Trung ương');
    const coSo = await make.coSo(root);
    const renamed = await orgs.update({ id: coSo.id, expectedVersion: 1, name: 'Đảng bộ Văn phòng – đổi tên' });
    const moved = await orgs.move({ id: coSo.id, expectedVersion: renamed.version, newParentId: other.id });
    const closed = await orgs.close({ id: coSo.id, expectedVersion: moved.version, validTo: '2025-12-31', reason: 'Hợp nhất' });

    const events = await eventsOf(coSo.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      [EVENTS.members.orgCreated, 1],
      [EVENTS.members.orgUpdated, 2],
      [EVENTS.members.orgMoved, 3],
      [EVENTS.members.orgClosed, 4],
    ]);
    expect(events.map((e) => e.payload.org)).toEqual([coSo, renamed, moved, closed]);
    expect(events[2].payload.org.ancestorIds).toEqual([other.id]);
    expect(events[0]).toMatchObject({
      aggregateId: coSo.id,
      ownerOrgId: coSo.id,
      actor: { type: 'user', id: 'u-events' },
      correlationId: context.correlationId,
    });
  });

  it('writes nothing when the change is refused or changes nothing', async () => {
    const root = await make.root();
    await expect(orgs.update({ id: root.id, expectedVersion: 7, name: 'Tên mới' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_VERSION_MISMATCH' });
    await orgs.update({ id: root.id, expectedVersion: 1, name: root.name });
    await expect(orgs.close({ id: root.id, expectedVersion: 1, validTo: '2000-01-01' })).rejects.toMatchObject({ code: expect.any(String) });
    expect((await eventsOf(root.id)).map((e) => e.type)).toEqual([EVENTS.members.orgCreated]);
  });

  it('relays them to the stream: a moved event for the moved org only', async () => {
    const root = await make.root();
    const target = await make.root('Đảng bộ Công an Trung ương');
    const coSo = await make.coSo(root);
    const chiBo = await make.chiBo(coSo);
    await orgs.move({ id: coSo.id, expectedVersion: 1, newParentId: target.id });
    const got: EventEnvelope[] = [];
    const sub = await bus.consume({ group: 'members-spec.orgs', source: 'members', eventTypes: [EVENTS.members.orgMoved] }, (d) => {
      got.push(d.envelope);
      return Promise.resolve();
    });
    try {
      const deadline = Date.now() + 10_000;
      while (!got.some((e) => e.aggregateId === coSo.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(got.filter((e) => e.aggregateId === coSo.id)).toHaveLength(1);
      expect(got.some((e) => e.aggregateId === chiBo.id)).toBe(false);
      expect(app.relay?.leading).toBe(true);
      const metrics = await app.metrics.registry.metrics();
      expect(metrics).toMatch(/lienthong_outbox_published_total\{app="members"\} [1-9]/);
      expect(metrics).toMatch(/lienthong_outbox_relay_lag_seconds_count/);
    } finally {
      await sub.stop();
    }
  });
});
