import { SUBJECTS, type BadgeCircumstancesDto, type OrgDto, type RecordDisciplineRequest, type SetSeriousIllnessRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { createMembersApp } from '../../app';
import { officialMember } from '../../members/testing/member-fixtures';
import { MembersTestClient } from '../../members/testing/members-test-client';
import { OrgFactory } from '../../testing/org-factory';
import { OrgsTestClient } from '../../testing/orgs-test-client';

class CircumstancesClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  get = (memberId: string, c: CallContext): Promise<BadgeCircumstancesDto> => this.call(SUBJECTS.members.badgeCircumstancesGet, { memberId }, c);
  discipline = (r: RecordDisciplineRequest, c: CallContext): Promise<BadgeCircumstancesDto> => this.call(SUBJECTS.members.memberDisciplineRecord, r, c);
  illness = (r: SetSeriousIllnessRequest, c: CallContext): Promise<BadgeCircumstancesDto> => this.call(SUBJECTS.members.seriousIllnessSet, r, c);
  clearIllness = (memberId: string, c: CallContext): Promise<BadgeCircumstancesDto> => this.call(SUBJECTS.members.seriousIllnessClear, { memberId }, c);
}

/** What the member profile's badge card reads and writes: each decision with the delay it causes, the illness, and the rule. */
describe('badge circumstances: the delay each discipline causes, and the rule they are read by', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let client: CircumstancesClient;
  let members: MembersTestClient;
  let unit: OrgDto;
  let cell: OrgDto;
  let unrelated: OrgDto;
  const officer = (orgId = unit.id, permissions = ['members:read', 'members:write']): CallContext => ({ ...scopedOfficer(permissions, orgId), language: 'vi' });
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: { code: string; details?: { field: string; code: string; message: string }[] }) => ({ code: e.code, fields: (e.details ?? []).map((d) => `${d.field}:${d.code}`), messages: (e.details ?? []).map((d) => d.message) }),
    );

  beforeAll(async () => {
    db = await createTestDatabase('members_badge_circ');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    client = new CircumstancesClient(transport);
    members = new MembersTestClient(transport, () => signedContext());
    const make = new OrgFactory(new OrgsTestClient(transport, () => signedContext()));
    const root = await make.root();
    unit = await make.coSo(root, 'Đảng bộ Sở Nội vụ');
    cell = await make.chiBo(unit, 'Chi bộ Phòng Công chức');
    unrelated = await make.coSo(root, 'Đảng bộ Sở Tài chính');
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const someone = async () => (await members.create(officialMember(cell.id))).id;

  it('answers each decision with its reference and the delay it causes: a warning 6 months, removal from post 12, a reprimand none', async () => {
    const id = await someone();
    await client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2026-05-31', decisionRef: '15-QĐ/ĐU' }, officer());
    await client.discipline({ memberId: id, form: 'khien-trach', decidedOn: '2026-01-10' }, officer());
    const all = await client.discipline({ memberId: id, form: 'cach-chuc', decidedOn: '2025-08-20', decisionRef: '  07-QĐ/UBKT ' }, officer());
    expect(all.disciplines.map((d) => [d.form, d.decidedOn, d.decisionRef, d.badgeDelayMonths, d.badgeNotBefore])).toEqual([
      ['cach-chuc', '2025-08-20', '07-QĐ/UBKT', 12, '2026-08-20'],
      ['khien-trach', '2026-01-10', null, 0, null],
      // 31/05 + 6 months: the last day of November.
      ['canh-cao', '2026-05-31', '15-QĐ/ĐU', 6, '2026-11-30'],
    ]);
    expect(all.rule).toEqual({
      source: expect.objectContaining({ document: expect.stringContaining('29-QĐ/TW') as unknown }) as unknown,
      disciplineDelays: [
        { form: 'khien-trach', months: 0 },
        { form: 'canh-cao', months: 6 },
        { form: 'cach-chuc', months: 12 },
      ],
      earlyForSeriousIllness: [
        { fromYears: 30, toYears: 65, monthsEarly: 12 },
        { fromYears: 70, toYears: 90, monthsEarly: 24 },
      ],
    });
    expect(await client.get(id, officer(unit.id, ['members:read']))).toEqual(all);
  });

  it('notes a serious illness, replaces it, and clears it (twice: idempotent)', async () => {
    const id = await someone();
    expect((await client.illness({ memberId: id, since: '2026-03-01', note: 'Điều trị dài ngày tại Bệnh viện K' }, officer())).seriousIllness).toEqual({ since: '2026-03-01', note: 'Điều trị dài ngày tại Bệnh viện K' });
    expect((await client.illness({ memberId: id, since: '2026-04-01' }, officer())).seriousIllness).toEqual({ since: '2026-04-01', note: null });
    expect((await client.clearIllness(id, officer())).seriousIllness).toBeNull();
    expect((await client.clearIllness(id, officer())).seriousIllness).toBeNull();
  });

  it('refuses a future date, an unknown form and a missing date at their fields, in Vietnamese; nothing is recorded', async () => {
    const id = await someone();
    const future = await refusal(client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2099-01-01' }, officer()));
    expect(future).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['decidedOn:inFuture'], messages: ['decidedOn: không được sau ngày hôm nay'] });
    expect(await refusal(client.discipline({ memberId: id, form: 'khai-tru' as RecordDisciplineRequest['form'], decidedOn: '2026-01-01' }, officer()))).toMatchObject({ fields: [expect.stringMatching(/^form:/)] });
    expect(await refusal(client.illness({ memberId: id } as SetSeriousIllnessRequest, officer()))).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['since:isDefined'] });
    expect(await client.get(id, officer())).toMatchObject({ disciplines: [], seriousIllness: null });
  });

  it('answers 404 to an officer of an unrelated organisation and 403 to a read-only officer who writes', async () => {
    const id = await someone();
    const stranger = officer(unrelated.id);
    expect(await refusal(client.get(id, stranger))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    expect(await refusal(client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2026-01-01' }, stranger))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    expect(await refusal(client.clearIllness(id, stranger))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    const reader = officer(unit.id, ['members:read']);
    expect(await refusal(client.discipline({ memberId: id, form: 'canh-cao', decidedOn: '2026-01-01' }, reader))).toMatchObject({ code: 'COMMON.FORBIDDEN' });
    expect(await refusal(client.illness({ memberId: id, since: '2026-01-01' }, reader))).toMatchObject({ code: 'COMMON.FORBIDDEN' });
  });
});
