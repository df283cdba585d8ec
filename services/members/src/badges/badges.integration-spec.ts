import type { BadgeCandidateDto, BadgeCandidatePageDto, ListBadgeCandidatesRequest, MemberBadgeDto, OrgDto, RecordBadgeRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { SUBJECTS } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { createMembersDataSource } from '../database/data-source';
import { officialMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { makeBadgeCast, type BadgeCast } from './testing/badge-fixtures';

class BadgesClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  candidates(request: ListBadgeCandidatesRequest, context: CallContext): Promise<BadgeCandidatePageDto> {
    return this.call(SUBJECTS.members.badgeCandidates, request, context);
  }
  record(request: RecordBadgeRequest, context: CallContext): Promise<MemberBadgeDto> {
    return this.call(SUBJECTS.members.badgeRecord, request, context);
  }
  ofMember(memberId: string, context: CallContext): Promise<MemberBadgeDto[]> {
    return this.call(SUBJECTS.members.badgeList, { memberId }, context);
  }
}

const OCCASION = '2026-09-02';
const give = (memberId: string, milestone: number, extra: Partial<RecordBadgeRequest> = {}): RecordBadgeRequest => ({
  memberId,
  milestone: milestone as RecordBadgeRequest['milestone'],
  occasionDate: OCCASION,
  basis: 'regular',
  decisionNumber: '1250-QĐ/TU',
  decisionDate: '2026-08-20',
  ...extra,
});

/** The badge register through the members service's subjects, on a real PostgreSQL. */
describe('badge register (candidates at an occasion, badges given)', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let badges: BadgesClient;
  let unitA: OrgDto;
  let unitB: OrgDto;
  let cast: BadgeCast;
  let inB: string;
  const system = () => signedContext();
  const officerA = (): CallContext => ({ ...scopedOfficer(['members:read', 'members:write'], unitA.id), language: 'vi' });
  const officerB = () => scopedOfficer(['members:read', 'members:write'], unitB.id);

  beforeAll(async () => {
    db = await createTestDatabase('members_badges_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    badges = new BadgesClient(transport);
    const members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    const root = await make.root();
    unitA = await make.coSo(root, 'Đảng bộ Bộ Tư pháp');
    const cellA = await make.chiBo(unitA, 'Chi bộ Vụ Pháp chế');
    unitB = await make.coSo(root, 'Đảng bộ Bộ Y tế');
    const cellB = await make.chiBo(unitB, 'Chi bộ Vụ Kế hoạch');
    cast = await makeBadgeCast(members, ds, cellA.id);
    inB = (await members.create(officialMember(cellB.id, { fullName: 'Mai Văn Bên Kia', periods: [{ admissionDecisionDate: '1996-08-01', recognitionDate: '1997-08-01' }] }))).id;
  });

  afterAll(async () => {
    await ds?.destroy();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const byMember = (items: BadgeCandidateDto[]) => new Map(items.map((i) => [i.memberId, i]));

  it('proposes each milestone with its basis, the discipline delay and the deducted years, and nobody twice', async () => {
    const page = await badges.candidates({ orgId: unitA.id, occasion: OCCASION, limit: 100 }, officerA());
    expect(page.occasionName).toContain('2/9');
    const rows = byMember(page.items);
    expect(rows.get(cast.reaches30.id)).toMatchObject({ milestone: 30, basis: 'regular', decision: 'eligible', reachDate: '2026-08-20', missed: [] });
    expect(rows.get(cast.reaches40.id)).toMatchObject({ milestone: 40, basis: 'regular', decision: 'eligible', missed: [30] });
    expect(rows.get(cast.seriouslyIll.id)).toMatchObject({ milestone: 30, basis: 'early-serious-illness', reachDate: '2027-03-01' });
    expect(rows.has(cast.notIll.id)).toBe(false);
    expect(rows.get(cast.warned.id)).toMatchObject({ milestone: 30, decision: 'delayed', notBefore: '2026-12-01', nextOccasion: '2027-02-03' });
    expect(rows.get(cast.warned.id)?.reasons).toEqual(['cảnh cáo 01/06/2026 (15-QĐ/ĐU)']);
    expect(rows.get(cast.died.id)).toMatchObject({ milestone: 30, basis: 'posthumous', reachDate: '2027-01-10' });
    expect(rows.get(cast.readmitted.id)).toMatchObject({ milestone: 30, reachDate: '2026-08-01', admissionDecisionDate: '1992-08-01' });
    expect(rows.has(cast.alreadyGiven.id)).toBe(false);
    expect(rows.has(inB)).toBe(false);
    expect(page.items).toHaveLength(6);
    expect(page.items[0].source.document).toContain('01-HD/TW');
  });

  it('filters one milestone, pages by keyset, and refuses a day that is not an occasion', async () => {
    const forty = await badges.candidates({ orgId: unitA.id, occasion: OCCASION, milestone: 40 }, officerA());
    expect(forty.items.map((i) => i.memberId)).toEqual([cast.reaches40.id]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await badges.candidates({ orgId: unitA.id, occasion: OCCASION, limit: 4, cursor }, officerA());
      seen.push(...page.items.map((i) => i.memberId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(6);
    expect(seen).toHaveLength(6);
    const forged = Buffer.from(JSON.stringify(['001', 'nguyen', 'not-an-id'])).toString('base64url');
    await expect(badges.candidates({ orgId: unitA.id, occasion: OCCASION, cursor: forged }, officerA())).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }],
    });
    await expect(badges.candidates({ orgId: unitA.id, occasion: '2026-09-03' }, officerA())).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'occasion', code: 'notAnAwardOccasion' })],
    });
    // At 3/2/2027 the warning's six months are over: the warned member is eligible.
    const february = await badges.candidates({ orgId: unitA.id, occasion: '2027-02-03', limit: 100 }, officerA());
    expect(byMember(february.items).get(cast.warned.id)).toMatchObject({ decision: 'eligible', milestone: 30 });
  });

  it('keeps each subtree to itself', async () => {
    await expect(badges.candidates({ orgId: unitA.id, occasion: OCCASION }, officerB())).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
    const own = await badges.candidates({ orgId: unitB.id, occasion: OCCASION }, officerB());
    expect(own.items.map((i) => i.memberId)).toEqual([inB]);
    await expect(badges.record(give(cast.reaches30.id, 30), officerB())).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    await expect(badges.ofMember(cast.reaches30.id, officerB())).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    const readOnly = scopedOfficer(['members:read'], unitA.id);
    await expect(badges.record(give(cast.reaches30.id, 30), readOnly)).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
  });

  it('records a badge once, by the rule on the award date', async () => {
    const saved = await badges.record(give(cast.reaches30.id, 30, { badgeNumber: 'HH-0001' }), officerA());
    expect(saved).toMatchObject({ memberId: cast.reaches30.id, milestone: 30, basis: 'regular', badgeNumber: 'HH-0001' });
    await expect(badges.record(give(cast.reaches30.id, 30), officerA())).rejects.toMatchObject({ code: 'COMMON.CONFLICT' });
    const facts: { type: string; owner_org_id: string; envelope: { payload: { badge: { memberId: string; milestone: number } } } }[] = await ds.query(
      `SELECT type, owner_org_id, envelope FROM outbox WHERE aggregate_id = $1`,
      [saved.id],
    );
    expect(facts).toEqual([
      expect.objectContaining({ type: 'members.member-badge.awarded.v1', owner_org_id: cast.reaches30.orgId, envelope: expect.objectContaining({ payload: expect.objectContaining({ badge: expect.objectContaining({ memberId: cast.reaches30.id, milestone: 30 }) }) }) }),
    ]);
    expect((await badges.ofMember(cast.reaches30.id, officerA())).map((b) => b.milestone)).toEqual([30]);
    const after = await badges.candidates({ orgId: unitA.id, occasion: OCCASION, limit: 100 }, officerA());
    expect(after.items.map((i) => i.memberId)).not.toContain(cast.reaches30.id);

    const refused = (request: RecordBadgeRequest) => badges.record(request, officerA());
    await expect(refused(give(cast.notIll.id, 30))).rejects.toMatchObject({ code: 'COMMON.RULE_VIOLATION', details: [expect.objectContaining({ code: 'notReached' })] });
    await expect(refused(give(cast.warned.id, 30))).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'delayedByDiscipline' })] });
    await expect(refused(give(cast.reaches40.id, 30))).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'otherMilestone' })] });
    await expect(refused(give(cast.seriouslyIll.id, 30))).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'otherBasis' })] });
    await expect(refused(give(cast.reaches40.id, 40, { decisionDate: '2026-09-10' }))).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'decisionDate' })],
    });
    expect(await refused(give(cast.seriouslyIll.id, 30, { basis: 'early-serious-illness' }))).toMatchObject({ basis: 'early-serious-illness' });
  });
});
