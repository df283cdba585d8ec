import type { MemberStatus, OrgDto } from '@lienthong/contracts';
import { type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { officialMember, probationaryMember } from './testing/member-fixtures';
import { MembersTestClient } from './testing/members-test-client';

const system = (): CallContext => signedContext();

/**
 * The đảng số come from `member_count` (migration 1796500000000), kept by triggers in the writing
 * transaction. Whatever writes the members — the use cases, concurrent calls, bulk SQL, a rolled-back
 * transaction, an org move — the counts must equal the rolls the list walks.
 */
describe('member counts kept as data (member_count) always match the rolls', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let orgs: OrgsTestClient;
  let pg: Client;
  let root: OrgDto;
  let coSoA: OrgDto;
  let coSoB: OrgDto;
  let cellA: OrgDto;
  let cellB: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_count_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, system);
    orgs = new OrgsTestClient(transport, system);
    const make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    root = await make.root();
    coSoA = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
    coSoB = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
    cellA = await make.chiBo(coSoA, 'Chi bộ Vụ Tổng hợp');
    cellB = await make.chiBo(coSoB, 'Chi bộ Vụ Cơ sở đảng');
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  /** Every counter row equals a fresh count of the members it stands for, and carries its org's path. */
  async function expectCounterTableExact(): Promise<void> {
    const { rows } = await pg.query(`
      SELECT coalesce(c.org_id, m.org_id) AS org_id, coalesce(c.status, m.status) AS status, coalesce(c.n, 0) AS counted, coalesce(m.n, 0)::int AS listed,
             c.org_path IS NULL OR c.org_path = o.path AS path_ok
        FROM member_count c
        FULL JOIN (SELECT org_id, status, count(*) AS n FROM party_member GROUP BY 1, 2) m ON m.org_id = c.org_id AND m.status = c.status
        LEFT JOIN org o ON o.id = c.org_id`);
    expect(rows.filter((r) => r.counted !== r.listed || !r.path_ok)).toEqual([]);
  }

  /** The counts the service answers against the list's totals, per status, for each org alone and with its subtree. */
  async function expectCountsMatchLists(): Promise<void> {
    for (const org of [root, coSoA, coSoB, cellA, cellB]) {
      for (const includeSubtree of [true, false]) {
        const counts = await members.counts(org.id, includeSubtree);
        const listed = await members.all({ orgId: org.id, includeSubtree, limit: 200 });
        const byStatus: Partial<Record<MemberStatus, number>> = {};
        for (const m of listed) byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
        for (const [status, n] of Object.entries(counts.byStatus)) expect([org.name, includeSubtree, status, n]).toEqual([org.name, includeSubtree, status, byStatus[status as MemberStatus] ?? 0]);
      }
    }
    await expectCounterTableExact();
  }

  it('follows creates, official transfers and status changes through the use cases', async () => {
    const a = await members.create(officialMember(cellA.id, { fullName: 'Nguyễn Văn Đếm' }));
    await members.create(probationaryMember(cellA.id, { fullName: 'Trần Thị Số' }));
    await members.create(officialMember(cellB.id, { fullName: 'Lê Văn Tổng' }));
    expect(await members.counts(root.id)).toMatchObject({ official: 2, probationary: 1, onRoll: 3 });
    await members.transfer({ id: a.id, expectedVersion: 1, toOrgId: cellB.id, kind: 'official', effectiveOn: '2025-10-01' });
    expect(await members.counts(cellA.id, false)).toMatchObject({ official: 0, probationary: 1 });
    expect(await members.counts(coSoB.id)).toMatchObject({ official: 2 });
    const moved = await members.get(a.id);
    await members.update({
      id: a.id,
      expectedVersion: moved.version,
      status: 'deceased',
      statusSince: '2025-11-01',
      periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01', endedOn: '2025-11-01' }],
    });
    expect(await members.counts(coSoB.id)).toMatchObject({ official: 1, byStatus: { deceased: 1 } });
    await expectCountsMatchLists();
  });

  it('counts nothing that was rolled back, and follows bulk SQL updates and deletes set-based', async () => {
    const before = await members.counts(root.id);
    await pg.query('BEGIN');
    await pg.query(`UPDATE party_member SET status = 'exempt'`);
    await pg.query('ROLLBACK');
    expect(await members.counts(root.id)).toEqual(before);

    const extra = await members.create(officialMember(cellA.id, { fullName: 'Phạm Thị Tạm' }));
    await pg.query(`UPDATE party_member SET org_id = $1, org_path = (SELECT path FROM org WHERE id = $1), status = 'exempt' WHERE org_id = $2`, [cellB.id, cellA.id]);
    await expectCountsMatchLists();
    await pg.query(`DELETE FROM party_member WHERE id = $1`, [extra.id]);
    await expectCountsMatchLists();
  });

  it('refuses a write that would take a count below zero (a counter out of step fails loudly, not silently)', async () => {
    await pg.query(`UPDATE member_count SET n = 0 WHERE org_id = $1`, [cellB.id]);
    await expect(pg.query(`DELETE FROM party_member WHERE org_id = $1`, [cellB.id])).rejects.toThrow(/member_count_n_check/);
    // Put the counter back as the backfill computes it.
    await pg.query(`DELETE FROM member_count`);
    await pg.query(`INSERT INTO member_count (org_id, status, org_path, n)
                      SELECT p.org_id, p.status, o.path, count(*) FROM party_member p JOIN org o ON o.id = p.org_id GROUP BY 1, 2, 3`);
    await expectCountsMatchLists();
  });

  it('stays exact under concurrent creates and crossing transfers', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) => members.create((i % 2 ? officialMember : probationaryMember)(i % 3 ? cellA.id : cellB.id, { fullName: `Vũ Văn Song ${String.fromCharCode(65 + i)}` }))),
    );
    const settled = await Promise.allSettled(
      created.map((m) => members.transfer({ id: m.id, expectedVersion: m.version, toOrgId: m.orgId === cellA.id ? cellB.id : cellA.id, kind: 'official', effectiveOn: '2025-12-01' })),
    );
    expect(settled.filter((s) => s.status === 'fulfilled').length).toBeGreaterThan(0);
    await expectCountsMatchLists();
  });

  it('moves the counters with an org: the new subtree counts the moved members, the old one no longer does', async () => {
    const make = new OrgFactory(orgs);
    const otherRoot = await make.root('Đảng bộ Chính phủ');
    const moving = await make.coSo(otherRoot, 'Đảng bộ Bộ Tư pháp');
    const cell = await make.chiBo(moving, 'Chi bộ Vụ Pháp chế');
    await members.create(officialMember(cell.id, { fullName: 'Lý Văn Chuyển' }));
    await members.create(probationaryMember(cell.id, { fullName: 'Lý Thị Theo' }));
    const rootBefore = await members.counts(root.id);
    expect(await members.counts(otherRoot.id)).toMatchObject({ official: 1, probationary: 1 });
    await orgs.move({ id: moving.id, expectedVersion: 1, newParentId: root.id });
    expect(await members.counts(otherRoot.id)).toMatchObject({ official: 0, probationary: 0, onRoll: 0 });
    expect(await members.counts(root.id)).toMatchObject({ official: rootBefore.official + 1, probationary: rootBefore.probationary + 1 });
    await expectCountsMatchLists();
  });
});
