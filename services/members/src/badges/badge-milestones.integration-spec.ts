import {
  BADGE_MILESTONES,
  SUBJECTS,
  type BadgeCandidatePageDto,
  type BadgeCircumstancesDto,
  type ListBadgeCandidatesRequest,
  type OrgDto,
  type RecordDisciplineRequest,
  type SetSeriousIllnessRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { addYears } from '@lienthong/rules';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { createMembersDataSource } from '../database/data-source';
import { officialMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

class BadgeRuleClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  candidates(request: ListBadgeCandidatesRequest, context: CallContext): Promise<BadgeCandidatePageDto> {
    return this.call(SUBJECTS.members.badgeCandidates, request, context);
  }
  discipline(request: RecordDisciplineRequest, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.memberDisciplineRecord, request, context);
  }
  illness(request: SetSeriousIllnessRequest, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.seriousIllnessSet, request, context);
  }
  clearIllness(memberId: string, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.seriousIllnessClear, { memberId }, context);
  }
  circumstances(memberId: string, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.badgeCircumstancesGet, { memberId }, context);
  }
}

// Each milestone reached on a day chosen so that, together, they meet every occasion (3/2, 19/5, 2/9,
// 7/11), on the day itself and the day after one: [milestone, reach date, the occasion before (not yet),
// the first occasion on or after it (proposed)].
const CASES: [number, string, string, string][] = [
  [30, '2026-01-15', '2025-11-07', '2026-02-03'],
  [40, '2026-04-01', '2026-02-03', '2026-05-19'],
  [45, '2026-07-01', '2026-05-19', '2026-09-02'],
  [50, '2026-10-01', '2026-09-02', '2026-11-07'],
  [55, '2026-02-03', '2025-11-07', '2026-02-03'],
  [60, '2026-05-20', '2026-05-19', '2026-09-02'],
  [65, '2026-09-02', '2026-05-19', '2026-09-02'],
  [70, '2026-11-08', '2026-11-07', '2027-02-03'],
  [75, '2026-03-10', '2026-02-03', '2026-05-19'],
  [80, '2026-06-30', '2026-05-19', '2026-09-02'],
  [85, '2026-08-15', '2026-05-19', '2026-09-02'],
  [90, '2026-12-31', '2026-11-07', '2027-02-03'],
];

/** Badge eligibility over the transport at every milestone and occasion, with discipline and illness recorded through it. */
describe('badge rule at each milestone and occasion, with the discipline delay', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let client: BadgeRuleClient;
  let members: MembersTestClient;
  let unitA: OrgDto;
  let unitB: OrgDto;
  let cellA: OrgDto;
  const byMilestone = new Map<number, string>();
  const officerA = (): CallContext => ({ ...scopedOfficer(['members:read', 'members:write'], unitA.id), language: 'vi' });

  beforeAll(async () => {
    db = await createTestDatabase('members_badge_rule_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    client = new BadgeRuleClient(transport);
    members = new MembersTestClient(transport, () => signedContext());
    const make = new OrgFactory(new OrgsTestClient(transport, () => signedContext()));
    const root = await make.root();
    unitA = await make.coSo(root, 'Đảng bộ Sở Nội vụ');
    cellA = await make.chiBo(unitA, 'Chi bộ Phòng Công chức');
    unitB = await make.coSo(root, 'Đảng bộ Sở Tài chính');
    for (const [milestone, reach] of CASES) {
      const admitted = addYears(reach, -milestone);
      const created = await members.create(
        officialMember(cellA.id, {
          fullName: `Đảng Viên ${milestone} Năm`,
          dateOfBirth: addYears(admitted, -20),
          periods: [{ admissionDecisionDate: admitted, recognitionDate: addYears(admitted, 1) }],
          cards: [],
        }),
      );
      byMilestone.set(milestone, created.id);
      // The lower badges were given in their time: only this milestone is open.
      for (const lower of BADGE_MILESTONES.filter((m) => m < milestone)) {
        await ds.query(
          `INSERT INTO member_badge (id, member_id, milestone, occasion_date, basis, decision_number, decision_date, recorded_by)
           VALUES (gen_random_uuid(), $1, $2, $3, 'regular', '1-QĐ/TU', $3, '{"type":"system","id":"test","name":"Kiểm thử"}')`,
          [created.id, lower, addYears(admitted, lower)],
        );
      }
    }
  });

  afterAll(async () => {
    await ds?.destroy();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const proposed = async (occasion: string, milestone?: number) =>
    (await client.candidates({ orgId: cellA.id, occasion, milestone: milestone as ListBadgeCandidatesRequest['milestone'], limit: 100 }, officerA())).items;

  it.each(CASES)('%i years, reached %s: not at %s, proposed at %s', async (milestone, reach, before, at) => {
    const id = byMilestone.get(milestone);
    expect((await proposed(before, milestone)).map((c) => c.memberId)).not.toContain(id);
    const row = (await proposed(at)).find((c) => c.memberId === id);
    expect(row).toMatchObject({ milestone, reachDate: reach, basis: 'regular', decision: 'eligible', missed: [] });
    expect((await proposed(at, milestone)).map((c) => c.memberId)).toEqual([id]);
  });

  it('holds the award 6 months after a warning and 12 after removal from post; a reprimand does not', async () => {
    const make = (name: string) =>
      members.create(officialMember(cellA.id, { fullName: name, periods: [{ admissionDecisionDate: '1996-08-20', recognitionDate: '1997-08-20' }], cards: [] }));
    const warned = await make('Vũ Văn Cảnh Cáo');
    const removed = await make('Đinh Văn Cách Chức');
    const reprimanded = await make('Lý Văn Khiển Trách');
    await client.discipline({ memberId: warned.id, form: 'canh-cao', decidedOn: '2026-05-01', decisionRef: '15-QĐ/ĐU' }, officerA());
    await client.discipline({ memberId: removed.id, form: 'cach-chuc', decidedOn: '2026-03-01' }, officerA());
    const circumstances = await client.discipline({ memberId: reprimanded.id, form: 'khien-trach', decidedOn: '2026-06-01' }, officerA());
    expect(circumstances.disciplines).toEqual([expect.objectContaining({ form: 'khien-trach', decidedOn: '2026-06-01', decisionRef: null })]);

    const september = new Map((await proposed('2026-09-02', 30)).map((c) => [c.memberId, c]));
    expect(september.get(warned.id)).toMatchObject({ decision: 'delayed', notBefore: '2026-11-01', nextOccasion: '2026-11-07', reasons: ['cảnh cáo 01/05/2026 (15-QĐ/ĐU)'] });
    expect(september.get(removed.id)).toMatchObject({ decision: 'delayed', notBefore: '2027-03-01', nextOccasion: '2027-05-19', reasons: ['cách chức 01/03/2026'] });
    expect(september.get(reprimanded.id)).toMatchObject({ decision: 'eligible' });
    const november = new Map((await proposed('2026-11-07', 30)).map((c) => [c.memberId, c]));
    expect(november.get(warned.id)).toMatchObject({ decision: 'eligible', milestone: 30 });
    expect(november.get(removed.id)).toMatchObject({ decision: 'delayed' });
    expect((await proposed('2027-05-19', 30)).find((c) => c.memberId === removed.id)).toMatchObject({ decision: 'eligible' });
  });

  it('gives early for serious illness while it is noted, and takes it back when cleared', async () => {
    const ill = await members.create(
      officialMember(cellA.id, { fullName: 'Hoàng Văn Ốm', periods: [{ admissionDecisionDate: '1997-03-01', recognitionDate: '1998-03-01' }], cards: [] }),
    );
    expect((await proposed('2026-09-02', 30)).map((c) => c.memberId)).not.toContain(ill.id);
    const noted = await client.illness({ memberId: ill.id, since: '2026-06-01', note: 'Điều trị dài ngày' }, officerA());
    expect(noted.seriousIllness).toEqual({ since: '2026-06-01', note: 'Điều trị dài ngày' });
    expect((await proposed('2026-09-02', 30)).find((c) => c.memberId === ill.id)).toMatchObject({ basis: 'early-serious-illness', reachDate: '2027-03-01' });
    expect((await client.clearIllness(ill.id, officerA())).seriousIllness).toBeNull();
    expect((await proposed('2026-09-02', 30)).map((c) => c.memberId)).not.toContain(ill.id);
  });

  it('refuses bad input at its field, and keeps other subtrees and read-only officers out', async () => {
    const id = byMilestone.get(30)!;
    await expect(client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2099-01-01' }, officerA())).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'decidedOn', code: 'inFuture' })],
    });
    await expect(client.discipline({ memberId: id, form: 'khai-tru' as RecordDisciplineRequest['form'], decidedOn: '2026-01-01' }, officerA())).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'form' })],
    });
    await expect(client.illness({ memberId: id, since: '2099-01-01' }, officerA())).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'since' })] });
    const other = scopedOfficer(['members:read', 'members:write'], unitB.id);
    await expect(client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2026-01-01' }, other)).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    await expect(client.circumstances(id, other)).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    await expect(client.illness({ memberId: id, since: '2026-01-01' }, scopedOfficer(['members:read'], unitA.id))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    expect(await client.circumstances(id, officerA())).toMatchObject({ memberId: id, disciplines: [], seriousIllness: null });
  });
});
