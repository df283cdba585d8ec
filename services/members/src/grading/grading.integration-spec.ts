import type { GradingLevelCode, MemberGradingDto, OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { officialMember, probationaryMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { partyToday } from '../orgs/org-kind-rules';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { GradingTestClient } from './testing/grading-test-client';

const GRADER = ['members:read', 'members:grade'];
const officer = (scopeOrgId: string, permissions = GRADER, language: 'vi' | 'en' = 'vi'): CallContext => ({ ...scopedOfficer(permissions, scopeOrgId), language });
const selfCaller = (): CallContext => ({ ...signedContext({ actor: { type: 'user', id: 'self', name: 'Đảng viên' }, roles: ['member'], permissions: [], scopeOrgId: null }), language: 'vi' });
const errorOf = (work: Promise<unknown>) => work.then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as { code: string; message: string; details?: { field: string; code: string; message: string }[] });
const fieldsOf = (e: { details?: { field: string; code: string }[] }) => (e.details ?? []).map((d) => `${d.field}:${d.code}`);
const inDays = (n: number) => new Date(Date.parse(`${partyToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('annual grading (366-QĐ/TW) over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let grading: GradingTestClient;
  let members: MembersTestClient;
  let pg: Client;
  let coSo: OrgDto;
  let chiBoA: OrgDto;
  let chiBoB: OrgDto;
  let otherChiBo: OrgDto;
  const aMembers: string[] = [];
  let exemptId: string;
  let lateId: string;
  let bMemberId: string;
  let campaignId: string;

  beforeAll(async () => {
    db = await createTestDatabase('members_grading');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    const system = () => ({ ...signedContext(), language: 'vi' as const });
    members = new MembersTestClient(transport, system);
    grading = new GradingTestClient(transport);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    const root = await make.root();
    coSo = await make.coSo(root);
    chiBoA = await make.chiBo(coSo, 'Chi bộ Vụ Tổng hợp');
    chiBoB = await make.chiBo(coSo, 'Chi bộ Vụ Địa phương');
    otherChiBo = await make.chiBo(await make.coSo(root, 'Đảng bộ Báo Nhân Dân'), 'Chi bộ Phòng Biên tập');
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Gấm', 'Đỗ Văn Hùng']) {
      aMembers.push((await members.create(officialMember(chiBoA.id, { fullName: name }))).id);
    }
    exemptId = (await members.create(officialMember(chiBoA.id, { fullName: 'Bùi Văn Miễn', status: 'exempt' }))).id;
    lateId = (await members.create(probationaryMember(chiBoA.id, { fullName: 'Ngô Thị Mới', periods: [{ admissionDecisionDate: '2026-03-02' }] }))).id;
    bMemberId = (await members.create(officialMember(chiBoB.id, { fullName: 'Mai Văn Bắc' }))).id;
    await members.create(officialMember(otherChiBo.id, { fullName: 'Người Ngoài' }));
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const gradingOf = async (memberId: string, caller = officer(coSo.id)): Promise<MemberGradingDto> =>
    (await grading.allGradings({ campaignId }, caller)).find((g) => g.memberId === memberId)!;
  const propose = async (memberId: string, points: number, level: GradingLevelCode, caller = officer(chiBoA.id)) =>
    grading.propose({ campaignId, memberId, expectedVersion: (await gradingOf(memberId)).version, points, level }, caller);
  const decide = async (memberId: string, points: number, level: GradingLevelCode, caller = officer(coSo.id)) =>
    grading.decide({ campaignId, memberId, expectedVersion: (await gradingOf(memberId)).version, points, level, decisionRef: '12-QĐ/ĐU' }, caller);

  it('opens a 2025 campaign over a đảng bộ: every member on the roll listed, exempt and later-admitted ones excluded, every org listed; event written', async () => {
    const campaign = await grading.open({ rootOrgId: coSo.id, year: 2025, title: '  Đánh giá,   xếp loại năm 2025 ', deadline: inDays(20) }, officer(coSo.id));
    campaignId = campaign.id;
    expect(campaign).toMatchObject({ rootOrgId: coSo.id, year: 2025, title: 'Đánh giá, xếp loại năm 2025', referenceDate: '2025-12-31', status: 'open', memberCount: 10, excludedCount: 2, orgCount: 3, version: 1 });
    const excluded = await grading.allGradings({ campaignId, excluded: true }, officer(coSo.id));
    expect(excluded.map((g) => [g.memberId, g.exclusionReason]).sort()).toEqual([[exemptId, 'exempt'], [lateId, 'admitted-after-year']].sort());
    const events = await pg.query(`SELECT type, owner_org_id FROM outbox WHERE aggregate_id = $1`, [campaignId]);
    expect(events.rows).toEqual([{ type: 'members.grading-campaign.opened.v1', owner_org_id: coSo.id }]);
  });

  it('refuses a second campaign of the same year over part of the subtree (409), a future year and a past deadline (400 at the fields)', async () => {
    const overlap = await errorOf(grading.open({ rootOrgId: chiBoA.id, year: 2025, title: 'Trùng', deadline: inDays(5) }, officer(coSo.id)));
    expect(overlap.code).toBe('COMMON.CONFLICT');
    expect(fieldsOf(overlap)).toEqual(['year:campaignExists']);
    const bad = await errorOf(grading.open({ rootOrgId: chiBoA.id, year: Number(partyToday().slice(0, 4)) + 1, title: 'Sớm', deadline: inDays(-1) }, officer(coSo.id)));
    expect(bad.code).toBe('COMMON.VALIDATION_FAILED');
    expect(fieldsOf(bad).sort()).toEqual(['deadline:inPast', 'year:inFuture']);
    const old = await errorOf(grading.open({ rootOrgId: chiBoA.id, year: 2024, title: 'Cũ', deadline: inDays(5) }, officer(coSo.id)));
    expect(fieldsOf(old)).toEqual(['year:min']);
    const noRight = await errorOf(grading.open({ rootOrgId: otherChiBo.id, year: 2025, title: 'Không quyền', deadline: inDays(5) }, officer(otherChiBo.id, ['members:read'])));
    expect(noRight.code).toBe('COMMON.FORBIDDEN');
  });

  it('shows the campaign to a chi bộ it covers (opened above it) with only its own members; another subtree gets 404', async () => {
    expect((await grading.get(campaignId, officer(chiBoA.id))).id).toBe(campaignId);
    const seenByA = await grading.allGradings({ campaignId }, officer(chiBoA.id));
    expect(seenByA.map((g) => g.orgId).every((id) => id === chiBoA.id)).toBe(true);
    expect(seenByA).toHaveLength(9);
    // The roll-up starts at the caller's own org when the campaign was opened above it; the org above is not theirs to see.
    expect((await grading.rollup({ campaignId }, officer(chiBoA.id))).rows.map((r) => r.orgId)).toEqual([chiBoA.id]);
    expect((await errorOf(grading.rollup({ campaignId, orgId: coSo.id }, officer(chiBoA.id)))).code).toBe('COMMON.NOT_FOUND');
    const outsider = officer(otherChiBo.id, [...GRADER, 'members:write']);
    expect((await errorOf(grading.get(campaignId, outsider))).code).toBe('COMMON.NOT_FOUND');
    expect((await errorOf(grading.gradings({ campaignId }, outsider))).code).toBe('COMMON.NOT_FOUND');
    expect((await errorOf(grading.rollup({ campaignId }, outsider))).code).toBe('COMMON.NOT_FOUND');
    expect((await errorOf(grading.propose({ campaignId, memberId: aMembers[0], expectedVersion: 1, points: 80, level: 'hoan-thanh-tot' }, outsider))).code).toBe('COMMON.NOT_FOUND');
    expect((await grading.list({}, outsider)).items.map((c) => c.id)).not.toContain(campaignId);
    expect((await grading.list({ orgId: chiBoA.id }, officer(chiBoA.id))).items.map((c) => c.id)).toEqual([campaignId]);
  });

  it('takes a self-assessment for the member named by the gateway: the level may not be above the band of the points; an exempt member is not graded', async () => {
    const own = await grading.own(campaignId, aMembers[0], selfCaller());
    expect(await grading.listOwn(aMembers[0], selfCaller())).toEqual([{ ...own, campaign: { title: 'Đánh giá, xếp loại năm 2025', year: 2025, deadline: inDays(20), status: 'open', rootOrgName: coSo.name } }]);
    const above = await errorOf(grading.selfAssess({ campaignId, memberId: aMembers[0], expectedVersion: own.version, points: 85, level: 'hoan-thanh-xuat-sac' }, selfCaller()));
    expect(above.code).toBe('COMMON.VALIDATION_FAILED');
    expect(above.details?.[0]).toMatchObject({ field: 'level', code: 'aboveBand' });
    expect(above.details?.[0].message).toContain('Hoàn thành tốt nhiệm vụ');
    expect(above.details?.[0].message).toContain('366-QĐ/TW');
    const below = await errorOf(grading.selfAssess({ campaignId, memberId: aMembers[0], expectedVersion: own.version, points: 85, level: 'hoan-thanh' }, selfCaller()));
    expect(fieldsOf(below)).toEqual(['comment:reasonRequired']);
    const done = await grading.selfAssess({ campaignId, memberId: aMembers[0], expectedVersion: own.version, points: 92, level: 'hoan-thanh-xuat-sac', comment: 'Hoàn thành 100% nhiệm vụ' }, selfCaller());
    expect(done).toMatchObject({ step: 'self-assessed', selfAssessment: { points: 92, level: 'hoan-thanh-xuat-sac', comment: 'Hoàn thành 100% nhiệm vụ' }, version: own.version + 1 });
    const stale = await errorOf(grading.selfAssess({ campaignId, memberId: aMembers[0], expectedVersion: own.version, points: 91, level: 'hoan-thanh-xuat-sac' }, selfCaller()));
    expect(stale.code).toBe('COMMON.PRECONDITION_FAILED');
    const exempt = await grading.own(campaignId, exemptId, selfCaller());
    const refused = await errorOf(grading.selfAssess({ campaignId, memberId: exemptId, expectedVersion: exempt.version, points: 80, level: 'hoan-thanh-tot' }, selfCaller()));
    expect(refused.code).toBe('COMMON.CONFLICT');
    expect(fieldsOf(refused)).toEqual(['memberId:excluded']);
    expect((await errorOf(propose(exemptId, 80, 'hoan-thanh-tot'))).code).toBe('COMMON.CONFLICT');
  });

  it('refuses a self-assessment after the deadline (409)', async () => {
    await pg.query(`UPDATE grading_campaign SET deadline = $2 WHERE id = $1`, [campaignId, inDays(-1)]);
    try {
      const own = await grading.own(campaignId, aMembers[1], selfCaller());
      const late = await errorOf(grading.selfAssess({ campaignId, memberId: aMembers[1], expectedVersion: own.version, points: 80, level: 'hoan-thanh-tot' }, selfCaller()));
      expect(fieldsOf(late)).toEqual(['deadline:deadlinePassed']);
    } finally {
      await pg.query(`UPDATE grading_campaign SET deadline = $2 WHERE id = $1`, [campaignId, inDays(20)]);
    }
  });

  it('lets the chi bộ propose but not decide for its own members; the superior decides, and not before the proposal', async () => {
    const early = await errorOf(decide(aMembers[1], 80, 'hoan-thanh-tot'));
    expect(fieldsOf(early)).toEqual(['step:notProposed']);
    const proposed = await propose(aMembers[0], 92, 'hoan-thanh-xuat-sac');
    expect(proposed).toMatchObject({ step: 'proposed', proposal: { points: 92, level: 'hoan-thanh-xuat-sac' } });
    expect((await errorOf(decide(aMembers[0], 92, 'hoan-thanh-xuat-sac', officer(chiBoA.id)))).code).toBe('COMMON.FORBIDDEN');
    expect((await errorOf(propose(aMembers[1], 80, 'hoan-thanh-tot', officer(chiBoA.id, ['members:read'])))).code).toBe('COMMON.FORBIDDEN');
  });

  it('checks the cap on "hoàn thành xuất sắc" within the chi bộ: refused with the cap and the count, accepted once enough are graded tốt', async () => {
    const first = await errorOf(decide(aMembers[0], 92, 'hoan-thanh-xuat-sac'));
    expect(first.code).toBe('COMMON.RULE_VIOLATION');
    expect(first.message).toContain('20%');
    expect(first.message).toContain('Chi bộ Vụ Tổng hợp');
    expect(first.message).toContain('tối đa 0');
    for (const id of aMembers.slice(1, 5)) {
      await propose(id, 80, 'hoan-thanh-tot');
      await decide(id, 80, 'hoan-thanh-tot');
    }
    const accepted = await decide(aMembers[0], 92, 'hoan-thanh-xuat-sac');
    expect(accepted).toMatchObject({ step: 'decided', decision: { level: 'hoan-thanh-xuat-sac', points: 92, decisionRef: '12-QĐ/ĐU' } });
    await propose(aMembers[5], 95, 'hoan-thanh-xuat-sac');
    const second = await errorOf(decide(aMembers[5], 95, 'hoan-thanh-xuat-sac'));
    expect(second.code).toBe('COMMON.RULE_VIOLATION');
    expect(second.message).toContain('Với 6 đảng viên hoàn thành tốt trở lên chỉ được tối đa 1; quyết định này sẽ là 2');
    expect(second.details?.[0]).toMatchObject({ field: 'level', code: 'excellentCap' });
    await decide(aMembers[5], 88, 'hoan-thanh-tot');
    await propose(aMembers[6], 40, 'khong-hoan-thanh');
    await decide(aMembers[6], 40, 'khong-hoan-thanh');
    const rollup = await grading.rollup({ campaignId, orgId: chiBoA.id }, officer(coSo.id));
    expect(rollup.cap).toMatchObject({ percent: 20, base: 6, excellent: 1, maxExcellent: 1 });
    const events = await pg.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'members.member-grading.decided.v1'`);
    expect(events.rows[0].n).toBe(7);
  });

  it('rolls results up per org: each row equals the detail list of its subtree', async () => {
    await propose(bMemberId, 75, 'hoan-thanh-tot', officer(chiBoB.id));
    await decide(bMemberId, 75, 'hoan-thanh-tot');
    const rollup = await grading.rollup({ campaignId }, officer(coSo.id));
    expect(rollup.rows.map((r) => r.orgId)).toEqual([coSo.id, chiBoA.id, chiBoB.id]);
    for (const row of rollup.rows) {
      const detail = await grading.allGradings({ campaignId, orgId: row.orgId }, officer(coSo.id));
      const count = (level: GradingLevelCode) => detail.filter((g) => g.decision?.level === level && g.exclusionReason === null).length;
      expect(row.members).toBe(detail.length);
      expect(row.excluded).toBe(detail.filter((g) => g.exclusionReason !== null).length);
      expect(row.undecided).toBe(detail.filter((g) => g.exclusionReason === null && g.step !== 'decided').length);
      for (const level of ['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'] as const) expect(row.levels[level]).toBe(count(level));
    }
    expect(rollup.rows[0]).toMatchObject({ members: 10, excluded: 2, undecided: 0, levels: { 'hoan-thanh-xuat-sac': 1, 'hoan-thanh-tot': 6, 'hoan-thanh': 0, 'khong-hoan-thanh': 1 } });
    const byLevel = await grading.allGradings({ campaignId, level: 'hoan-thanh-tot' }, officer(coSo.id));
    expect(byLevel).toHaveLength(6);
    // Keyset: two at a time, everything once.
    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await grading.gradings({ campaignId, limit: 2, cursor }, officer(coSo.id));
      pages.push(...page.items.map((g) => g.memberId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(pages).size).toBe(10);
    expect(pages).toHaveLength(10);
    const forged = Buffer.from(JSON.stringify(['001', 'không phải mã'])).toString('base64url');
    expect(fieldsOf(await errorOf(grading.gradings({ campaignId, cursor: forged }, officer(coSo.id))))).toEqual(['cursor:invalidCursor']);
    const yearAsText = Buffer.from(JSON.stringify(['2026', '001', campaignId])).toString('base64url');
    expect(fieldsOf(await errorOf(grading.list({ cursor: yearAsText }, officer(coSo.id))))).toEqual(['cursor:invalidCursor']);
  });

  it('grades the chi bộ themselves: by the superior only, If-Match, same bands; the chi bộ cannot grade itself', async () => {
    const row = (await grading.rollup({ campaignId }, officer(coSo.id))).rows.find((r) => r.orgId === chiBoA.id)!;
    const own = await errorOf(grading.decideOrg({ campaignId, orgId: chiBoA.id, expectedVersion: row.orgGrading!.version, points: 85, level: 'hoan-thanh-tot' }, officer(chiBoA.id)));
    expect(own.code).toBe('COMMON.FORBIDDEN');
    const above = await errorOf(grading.decideOrg({ campaignId, orgId: chiBoA.id, expectedVersion: row.orgGrading!.version, points: 85, level: 'hoan-thanh-xuat-sac' }, officer(coSo.id)));
    expect(fieldsOf(above)).toEqual(['level:aboveBand']);
    const decided = await grading.decideOrg({ campaignId, orgId: chiBoA.id, expectedVersion: row.orgGrading!.version, points: 85, level: 'hoan-thanh-tot' }, officer(coSo.id));
    expect(decided).toMatchObject({ orgId: chiBoA.id, decision: { level: 'hoan-thanh-tot', points: 85 }, version: row.orgGrading!.version + 1 });
    const stale = await errorOf(grading.decideOrg({ campaignId, orgId: chiBoA.id, expectedVersion: row.orgGrading!.version, points: 86, level: 'hoan-thanh-tot' }, officer(coSo.id)));
    expect(stale.code).toBe('COMMON.PRECONDITION_FAILED');
    // Two sibling chi bộ: one xuất sắc would be 1 of a base of 2 (most 0).
    const b = (await grading.rollup({ campaignId }, officer(coSo.id))).rows.find((r) => r.orgId === chiBoB.id)!;
    const cap = await errorOf(grading.decideOrg({ campaignId, orgId: chiBoB.id, expectedVersion: b.orgGrading!.version, points: 95, level: 'hoan-thanh-xuat-sac' }, officer(coSo.id)));
    expect(cap.code).toBe('COMMON.RULE_VIOLATION');
    expect(cap.message).toContain('tổ chức');
    expect((await grading.rollup({ campaignId }, officer(coSo.id))).rows.find((r) => r.orgId === chiBoA.id)!.orgGrading!.decision!.level).toBe('hoan-thanh-tot');
  });

  it('closes the campaign (If-Match, only from above its root); nothing can be changed afterwards', async () => {
    const campaign = await grading.get(campaignId, officer(coSo.id));
    expect((await errorOf(grading.close({ id: campaignId, expectedVersion: campaign.version }, officer(chiBoA.id)))).code).toBe('COMMON.FORBIDDEN');
    expect((await errorOf(grading.close({ id: campaignId, expectedVersion: campaign.version + 1 }, officer(coSo.id)))).code).toBe('COMMON.PRECONDITION_FAILED');
    const closed = await grading.close({ id: campaignId, expectedVersion: campaign.version }, officer(coSo.id));
    expect(closed).toMatchObject({ status: 'closed', version: campaign.version + 1 });
    expect(closed.closedAt).not.toBeNull();
    const late = await errorOf(decide(aMembers[6], 55, 'hoan-thanh'));
    expect(fieldsOf(late)).toEqual(['campaignId:campaignClosed']);
    expect((await grading.list({ status: 'closed' }, officer(chiBoA.id))).items.map((c) => c.id)).toEqual([campaignId]);
  });

  it('answers English to an English caller', async () => {
    const e = await errorOf(grading.open({ rootOrgId: chiBoA.id, year: 2025, title: 'x', deadline: inDays(3) }, officer(coSo.id, GRADER, 'en')));
    expect(e.details?.[0].message).toBe('year: a 2025 campaign already covers part of this subtree');
  });

  it('lists the roll again while open (If-Match): a member recorded since is added, one exempted since is excluded, assessed rows kept', async () => {
    const own = officer(otherChiBo.id);
    const opened = await grading.open({ rootOrgId: otherChiBo.id, year: 2025, title: 'Đánh giá năm 2025', deadline: inDays(10) }, own);
    expect(opened).toMatchObject({ memberCount: 1, excludedCount: 0 });
    const newcomer = (await members.create(officialMember(otherChiBo.id, { fullName: 'Người Mới Chuyển Đến' }))).id;
    const [before] = await grading.allGradings({ campaignId: opened.id }, own);
    await pg.query(`UPDATE party_member SET status = 'exempt' WHERE id = $1`, [before.memberId]);
    expect((await errorOf(grading.refresh({ id: opened.id, expectedVersion: 2 }, own))).code).toBe('COMMON.PRECONDITION_FAILED');
    expect((await errorOf(grading.refresh({ id: opened.id, expectedVersion: 1 }, officer(coSo.id)))).code).toBe('COMMON.NOT_FOUND');
    const refreshed = await grading.refresh({ id: opened.id, expectedVersion: 1 }, own);
    expect(refreshed).toMatchObject({ memberCount: 2, excludedCount: 1, version: 2 });
    const after = await grading.allGradings({ campaignId: opened.id }, own);
    expect(after.map((g) => [g.memberId, g.exclusionReason, g.step]).sort()).toEqual([[before.memberId, 'exempt', 'pending'], [newcomer, null, 'pending']].sort());
    const events = await pg.query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [opened.id]);
    expect(events.rows.map((r: { type: string }) => r.type)).toEqual(['members.grading-campaign.opened.v1', 'members.grading-campaign.refreshed.v1']);
  });
});
