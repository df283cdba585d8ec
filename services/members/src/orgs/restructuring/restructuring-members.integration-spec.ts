import type { MemberCountsDto } from '@lienthong/contracts';
import type { CallContext, RunningService, RpcTransport } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../../app';
import { officialMember, probationaryMember } from '../../members/testing/member-fixtures';
import { MembersTestClient } from '../../members/testing/members-test-client';
import { OrgFactory } from '../../testing/org-factory';
import { OrgsTestClient } from '../../testing/orgs-test-client';

const context = (): CallContext => ({ ...signedContext(), language: 'en' });
const DECISION = 'Quyết định số 130-QĐ/ĐU';
const onRoll = (c: MemberCountsDto) => ({ onRoll: c.onRoll, official: c.official, probationary: c.probationary, temporaryIn: c.temporaryIn });

describe('merge and split move the members of the closed organisations', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let members: MembersTestClient;
  let make: OrgFactory;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('members_rs_members');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    orgs = new OrgsTestClient(transport, context);
    members = new MembersTestClient(transport, context);
    make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const transferEvents = async (memberIds: string[]) =>
    (
      await pg.query<{ aggregate_id: string; envelope: { payload: { kind: string; fromOrgId: string; toOrgId: string; effectiveOn: string; member: { orgId: string; version: number } } } }>(
        `SELECT aggregate_id, envelope FROM outbox WHERE type = 'members.member.transferred.v1' AND aggregate_id = ANY($1::text[]) ORDER BY position`,
        [memberIds],
      )
    ).rows;

  /** A đảng bộ bộ phận with two chi bộ: A (two official, one probationary, one attached temporarily from C) and B (one official). */
  async function setUp() {
    const root = await make.root();
    const coSo = await make.coSo(root);
    const dbbp = await make.create(coSo.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Vụ Tổng hợp');
    const chiBoA = await make.chiBo(dbbp, 'Chi bộ Phòng Tổng hợp 1');
    const chiBoB = await make.chiBo(dbbp, 'Chi bộ Phòng Tổng hợp 2');
    const chiBoC = await make.chiBo(coSo, 'Chi bộ Vụ Hành chính');
    const a1 = await members.create(officialMember(chiBoA.id));
    const a2 = await members.create(officialMember(chiBoA.id, { fullName: 'Lê Thị Hoa', sex: 'female' }));
    const a3 = await members.create(probationaryMember(chiBoA.id));
    const b1 = await members.create(officialMember(chiBoB.id, { fullName: 'Phạm Văn Đức' }));
    const c1 = await members.create(officialMember(chiBoC.id, { fullName: 'Đặng Thu Trang', sex: 'female' }));
    await members.transfer({ id: c1.id, expectedVersion: c1.version, toOrgId: chiBoA.id, kind: 'temporary', effectiveOn: '2025-03-01' });
    return { coSo, dbbp, chiBoA, chiBoB, chiBoC, a1, a2, a3, b1, c1 };
  }

  it('a merge moves every current member (official and temporary) into the target, counts kept, one event each', async () => {
    const t = await setUp();
    const before = { coSo: onRoll(await members.counts(t.coSo.id, true)), a: onRoll(await members.counts(t.chiBoA.id)), b: onRoll(await members.counts(t.chiBoB.id)) };
    expect(before.a).toEqual({ onRoll: 3, official: 2, probationary: 1, temporaryIn: 1 });

    const chiBoA = await orgs.get({ id: t.chiBoA.id });
    await orgs.merge({ sources: [{ id: chiBoA.id, expectedVersion: chiBoA.version }], targetId: t.chiBoB.id, effectiveDate: '2025-10-01', decisionRef: DECISION });

    expect(onRoll(await members.counts(t.coSo.id, true))).toEqual(before.coSo);
    expect(onRoll(await members.counts(t.chiBoA.id))).toEqual({ onRoll: 0, official: 0, probationary: 0, temporaryIn: 0 });
    expect(onRoll(await members.counts(t.chiBoB.id))).toEqual({ onRoll: 4, official: 3, probationary: 1, temporaryIn: 1 });
    const listed = await members.all({ orgId: t.chiBoB.id });
    expect(listed.map((x) => x.id).sort()).toEqual([t.a1.id, t.a2.id, t.a3.id, t.b1.id].sort());
    expect(await members.all({ orgId: t.chiBoA.id })).toEqual([]);

    const a1 = await members.get(t.a1.id);
    expect(a1).toMatchObject({ orgId: t.chiBoB.id, version: t.a1.version + 1 });
    expect(a1.orgMemberships).toEqual([
      { orgId: t.chiBoA.id, kind: 'official', startedOn: '2010-05-15', endedOn: '2025-10-01' },
      { orgId: t.chiBoB.id, kind: 'official', startedOn: '2025-10-01', endedOn: null },
    ]);
    // The temporarily attached member keeps its record at C and is now attached to B.
    const c1 = await members.get(t.c1.id);
    expect(c1.orgId).toBe(t.chiBoC.id);
    expect(c1.orgMemberships.filter((x) => x.kind === 'temporary')).toEqual([
      { orgId: t.chiBoA.id, kind: 'temporary', startedOn: '2025-03-01', endedOn: '2025-10-01' },
      { orgId: t.chiBoB.id, kind: 'temporary', startedOn: '2025-10-01', endedOn: null },
    ]);
    const open = await pg.query(`SELECT count(*)::int AS n FROM member_org_membership WHERE org_id = $1 AND ended_on IS NULL`, [t.chiBoA.id]);
    expect(open.rows[0].n).toBe(0);

    const events = await transferEvents([t.a1.id, t.a2.id, t.a3.id, t.b1.id, t.c1.id]);
    expect(events.map((e) => e.aggregate_id).sort()).toEqual([t.a1.id, t.a2.id, t.a3.id, t.c1.id, t.c1.id].sort());
    const merged = events.filter((e) => e.envelope.payload.effectiveOn === '2025-10-01');
    expect(merged).toHaveLength(4);
    expect(merged.every((e) => e.envelope.payload.fromOrgId === t.chiBoA.id && e.envelope.payload.toOrgId === t.chiBoB.id)).toBe(true);
    expect(merged.find((e) => e.aggregate_id === t.a1.id)!.envelope.payload).toMatchObject({ kind: 'official', member: { orgId: t.chiBoB.id, version: a1.version } });
    expect(merged.find((e) => e.aggregate_id === t.c1.id)!.envelope.payload).toMatchObject({ kind: 'temporary', member: { orgId: t.chiBoC.id, version: c1.version } });
  });

  it('a merge dated before a member joined a source is refused and changes nothing', async () => {
    const t = await setUp();
    const chiBoA = await orgs.get({ id: t.chiBoA.id });
    await expect(
      orgs.merge({ sources: [{ id: chiBoA.id, expectedVersion: chiBoA.version }], targetId: t.chiBoB.id, effectiveDate: '2025-02-20', decisionRef: DECISION }),
    ).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [{ field: 'effectiveDate', code: 'beforeMemberJoined' }] });
    expect(await orgs.get({ id: t.chiBoA.id })).toMatchObject({ status: 'active', version: chiBoA.version });
    expect(onRoll(await members.counts(t.chiBoA.id))).toEqual({ onRoll: 3, official: 2, probationary: 1, temporaryIn: 1 });
    expect(await members.get(t.a1.id)).toMatchObject({ orgId: t.chiBoA.id, version: t.a1.version });
  });

  describe('split', () => {
    const parts = (stamp: number) => [
      { name: 'Chi bộ Phòng Tổng hợp 1A', shortName: `SA${stamp}`, kind: 'chi-bo-truc-thuoc' as const },
      { name: 'Chi bộ Phòng Tổng hợp 1B', shortName: `SB${stamp}`, kind: 'chi-bo-truc-thuoc' as const },
    ];

    it('places every member: the named ones where the decision says, the others in the default part', async () => {
      const t = await setUp();
      const before = onRoll(await members.counts(t.dbbp.id, true));
      const result = await orgs.split({
        source: { id: t.chiBoA.id, expectedVersion: 1 },
        parts: parts(Date.now() % 100000),
        memberPartIndex: 0,
        memberPlacements: [{ memberId: t.a2.id, partIndex: 1 }],
        effectiveDate: '2025-10-01',
        decisionRef: DECISION,
      });
      const [p0, p1] = result.successors;
      expect(onRoll(await members.counts(t.dbbp.id, true))).toEqual(before);
      expect(onRoll(await members.counts(p0.id))).toEqual({ onRoll: 2, official: 1, probationary: 1, temporaryIn: 1 });
      expect(onRoll(await members.counts(p1.id))).toEqual({ onRoll: 1, official: 1, probationary: 0, temporaryIn: 0 });
      expect(onRoll(await members.counts(t.chiBoA.id))).toEqual({ onRoll: 0, official: 0, probationary: 0, temporaryIn: 0 });
      expect((await members.get(t.a2.id)).orgId).toBe(p1.id);
      const events = await transferEvents([t.a1.id, t.a2.id, t.a3.id, t.c1.id]);
      expect(events.filter((e) => e.envelope.payload.effectiveOn === '2025-10-01').map((e) => [e.aggregate_id, e.envelope.payload.toOrgId]).sort()).toEqual(
        [
          [t.a1.id, p0.id],
          [t.a2.id, p1.id],
          [t.a3.id, p0.id],
          [t.c1.id, p0.id],
        ].sort(),
      );
    });

    it('refuses a split that leaves members unplaced or names a non-member or a missing part, and changes nothing', async () => {
      const t = await setUp();
      const base = { source: { id: t.chiBoA.id, expectedVersion: 1 }, parts: parts(Date.now() % 100000), effectiveDate: '2025-10-01', decisionRef: DECISION };
      await expect(orgs.split(base)).rejects.toMatchObject({ details: [{ field: 'memberPartIndex', code: 'membersUnplaced' }] });
      await expect(orgs.split({ ...base, memberPartIndex: 2 })).rejects.toMatchObject({ details: [{ field: 'memberPartIndex', code: 'noSuchPart' }] });
      await expect(orgs.split({ ...base, memberPartIndex: 0, memberPlacements: [{ memberId: t.b1.id, partIndex: 1 }] })).rejects.toMatchObject({
        details: [{ field: 'memberPlacements.0.memberId', code: 'notACurrentMember' }],
      });
      await expect(
        orgs.split({ ...base, memberPlacements: [{ memberId: t.a1.id, partIndex: 3 }] }),
      ).rejects.toMatchObject({ details: [{ field: 'memberPlacements.0.partIndex', code: 'noSuchPart' }] });
      // Everyone placed one by one, no default: accepted.
      const all = [t.a1, t.a2, t.a3, t.c1].map((x, i) => ({ memberId: x.id, partIndex: i % 2 }));
      expect(await orgs.get({ id: t.chiBoA.id })).toMatchObject({ status: 'active', version: 1 });
      await orgs.split({ ...base, memberPlacements: all });
      expect(onRoll(await members.counts(t.chiBoA.id))).toEqual({ onRoll: 0, official: 0, probationary: 0, temporaryIn: 0 });
    });
  });
});
