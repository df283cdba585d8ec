import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../../app';
import { createMembersDataSource } from '../../database/data-source';
import { partyToday } from '../../orgs/org-kind-rules';
import { MembersTestClient } from '../testing/members-test-client';
import { checkRecord, type MemberRecordRule } from '../rules/member-record-rules';
import { seedDemoMembers } from './seed-demo-members';

describe('demo members seed', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('members_seed_m');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url, seedDemo: true }, testRuntime(transport));
    members = new MembersTestClient(transport, (): CallContext => signedContext());
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  it('gives every chi bộ of the demo tree members whose records obey the rules, with their created events, once', async () => {
    const { rows: cells } = await pg.query<{ id: string }>(`SELECT id FROM org WHERE kind IN ('chi-bo-co-so', 'chi-bo-truc-thuoc') AND status = 'active'`);
    expect(cells.length).toBeGreaterThan(0);
    const all = await members.all({ limit: 200 });
    expect(all).toHaveLength(cells.length * 8);
    expect(all.some((m) => m.fullName.startsWith('Nguyễn'))).toBe(true);
    const rules = (await pg.query(`SELECT rule, value, effective_from::text AS "effectiveFrom", effective_to::text AS "effectiveTo", source FROM member_record_rule`)).rows as MemberRecordRule[];
    for (const summary of all.slice(0, 24)) {
      const m = await members.get(summary.id);
      expect(checkRecord({ ...m, cards: m.cards }, rules, partyToday(), 'vi')).toEqual([]);
    }
    const counts = await members.counts(cells[0].id);
    expect(counts.onRoll).toBe(8);
    const { rows } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE type = 'members.member.created.v1'`);
    expect(rows[0].n).toBe(all.length);
    const dataSource = createMembersDataSource(db.url);
    await dataSource.initialize();
    try {
      expect(await seedDemoMembers(dataSource)).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
