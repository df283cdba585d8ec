import type { IssueMemberTransferRequest, MemberTransferDto, OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { addDays, displayDate } from '@lienthong/rules';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, waitUntil, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { officialMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { partyToday } from '../orgs/org-kind-rules';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { EXPIRE_MEMBER_TRANSFERS_JOB } from './expire-member-transfers.job';
import { TransfersTestClient } from './testing/transfers-test-client';
import { transferCalendar } from './transfer-deadlines';

const system = (): CallContext => ({ ...signedContext(), language: 'vi' });
const officer = (scopeOrgId: string, permissions = ['members:read', 'members:write']): CallContext => ({ ...scopedOfficer(permissions, scopeOrgId), language: 'vi' });

/** A confirmed temporary transfer ended early by either side (POST …/member-transfers/{id}/return). */
describe('member transfers: a temporary transfer that ends early', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let transfers: TransfersTestClient;
  let pg: Client;
  let homeCoSo: OrgDto;
  let home: OrgDto;
  let hostCoSo: OrgDto;
  let host: OrgDto;
  let thirdCoSo: OrgDto;
  const today = partyToday();
  // The letter three working days ago: the period started then and the host took the member in that day.
  const started = transferCalendar().addWorkingDays(today, -3);
  const until = addDays(today, 100);

  beforeAll(async () => {
    db = await createTestDatabase('members_transfer_ret');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, system);
    transfers = new TransfersTestClient(transport);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    const root = await make.root();
    homeCoSo = await make.coSo(root, 'Đảng bộ Bộ Tư pháp');
    home = await make.chiBo(homeCoSo, 'Chi bộ Vụ Pháp chế');
    hostCoSo = await make.coSo(root, 'Đảng bộ Báo Nhân Dân');
    host = await make.chiBo(hostCoSo, 'Chi bộ Phòng Biên tập');
    thirdCoSo = await make.coSo(root, 'Đảng bộ Bộ Y tế');
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const homeOfficer = () => officer(homeCoSo.id);
  const hostOfficer = () => officer(hostCoSo.id);
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: { code: string; details?: { field: string; code: string; message: string }[] }) => ({
        code: e.code,
        fields: (e.details ?? []).map((d) => `${d.field}:${d.code}`),
        messages: (e.details ?? []).map((d) => d.message),
      }),
    );
  const outboxTypes = async (aggregateId: string) => (await pg.query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])).rows.map((r: { type: string }) => r.type);
  const temporaryLetter = (memberId: string, overrides: Partial<IssueMemberTransferRequest> = {}): IssueMemberTransferRequest => ({
    memberId,
    kind: 'temporary',
    toOrgId: host.id,
    letterNumber: '31-GGT/ĐU',
    letterDate: started,
    letterIssuer: 'Ban Thường vụ Đảng ủy Bộ Tư pháp',
    movedOn: started,
    temporaryReason: 'residence-or-work',
    temporaryFrom: started,
    temporaryUntil: until,
    ...overrides,
  });
  /** A member hosted by the other đảng bộ: issued by home, confirmed by the host on the letter's day. */
  async function hosted(overrides: Partial<IssueMemberTransferRequest> = {}): Promise<{ memberId: string; statusSince: string; transfer: MemberTransferDto }> {
    const member = await members.create(officialMember(home.id, { fullName: 'Lê Thị Biệt Phái' }));
    const issued = await transfers.issue(temporaryLetter(member.id, overrides), homeOfficer());
    const transfer = await transfers.confirm({ id: issued.id, expectedVersion: 1, decidedOn: started }, hostOfficer());
    return { memberId: member.id, statusSince: member.statusSince, transfer };
  }

  it('the home side records the early return: the hosting ends that day, the status is back, the same facts as at the period\'s end', async () => {
    const { memberId, statusSince, transfer } = await hosted();
    expect((await members.get(memberId)).status).toBe('temporarily-transferred-out');
    const hostedBefore = (await members.counts(host.id, false)).temporaryIn;
    const returnedOn = addDays(started, 1);
    const back = await transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn, note: 'Kết thúc đợt công tác trước thời hạn' }, homeOfficer());
    expect(back).toMatchObject({ state: 'returned', returnedOn, returnNote: 'Kết thúc đợt công tác trước thời hạn', decidedOn: started, version: 3, temporary: { until } });
    const record = await members.get(memberId);
    expect(record).toMatchObject({ status: 'official', statusSince, orgId: home.id });
    expect(record.orgMemberships.map((x) => [x.orgId, x.kind, x.startedOn, x.endedOn])).toEqual([
      [home.id, 'official', expect.any(String), null],
      [host.id, 'temporary', started, returnedOn],
    ]);
    expect(await outboxTypes(transfer.id)).toEqual(['members.member-transfer.issued.v1', 'members.member-transfer.confirmed.v1', 'members.member-transfer.returned.v1']);
    expect((await outboxTypes(memberId)).slice(-1)).toEqual(['members.member.status-changed.v1']);
    // Both sides read it; the host counts the member no more.
    expect((await transfers.get(transfer.id, hostOfficer())).state).toBe('returned');
    expect((await members.counts(host.id, false)).temporaryIn).toBe(hostedBefore - 1);
  });

  it('the host side may record it too, on today', async () => {
    const { memberId, transfer } = await hosted();
    expect(await transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: today }, hostOfficer())).toMatchObject({ state: 'returned', returnedOn: today, returnNote: null });
    expect((await members.get(memberId)).status).toBe('official');
  });

  it('refuses a day outside the period, before the host took the member in, or in the future, at the field in Vietnamese; nothing changes', async () => {
    const { memberId, transfer } = await hosted({ temporaryFrom: addDays(started, -10) });
    const attempt = (returnedOn: string) => refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn }, homeOfficer()));
    const before = await attempt(addDays(started, -11));
    expect(before).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['returnedOn:beforeFrom'] });
    expect(before.messages[0]).toBe(`returnedOn: không được trước ngày bắt đầu tạm chuyển (${displayDate(addDays(started, -10))})`);
    expect(await attempt(addDays(started, -1))).toMatchObject({ fields: ['returnedOn:beforeConfirmed'] });
    expect(await attempt(addDays(until, 1))).toMatchObject({ fields: ['returnedOn:afterUntil'] });
    expect(await attempt(addDays(today, 1))).toMatchObject({ fields: ['returnedOn:inFuture'] });
    expect(await refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: '2026-02-30' }, homeOfficer()))).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: [expect.stringMatching(/^returnedOn:/)] });
    expect(await transfers.get(transfer.id, homeOfficer())).toMatchObject({ state: 'confirmed', version: 2, returnedOn: null });
    expect((await members.get(memberId)).status).toBe('temporarily-transferred-out');
  });

  it('answers 409 with the state in words for a transfer not confirmed or already returned, and for an official transfer', async () => {
    const member = await members.create(officialMember(home.id));
    const open = await transfers.issue(temporaryLetter(member.id), homeOfficer());
    const notYet = await refusal(transfers.returnEarly({ id: open.id, expectedVersion: 1, returnedOn: today }, homeOfficer()));
    expect(notYet).toMatchObject({ code: 'COMMON.CONFLICT', fields: ['state:invalidState'] });
    expect(notYet.messages[0]).toBe('state: không thể ghi trở về sớm khi phiếu đang ở trạng thái "Đang chuyển"');

    const { transfer } = await hosted();
    await transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: today }, homeOfficer());
    expect(await refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 3, returnedOn: today }, hostOfficer()))).toMatchObject({ code: 'COMMON.CONFLICT', fields: ['state:invalidState'] });

    const moving = await members.create(officialMember(home.id));
    const official = await transfers.issue({ ...temporaryLetter(moving.id), kind: 'official', temporaryReason: undefined, temporaryFrom: undefined, temporaryUntil: undefined, letterDate: today }, homeOfficer());
    await transfers.confirm({ id: official.id, expectedVersion: 1 }, hostOfficer());
    const notTemporary = await refusal(transfers.returnEarly({ id: official.id, expectedVersion: 2, returnedOn: today }, hostOfficer()));
    expect(notTemporary).toMatchObject({ code: 'COMMON.CONFLICT', fields: ['kind:notTemporary'] });
  });

  it('is If-Match safe: a stale version answers 412; two returns at once, one wins and the other answers 412', async () => {
    const { memberId, transfer } = await hosted();
    expect(await refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 1, returnedOn: today }, homeOfficer()))).toMatchObject({ code: 'COMMON.PRECONDITION_FAILED' });
    const results = await Promise.allSettled([homeOfficer(), hostOfficer()].map((who) => transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: today }, who)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []))).toEqual(['COMMON.PRECONDITION_FAILED']);
    expect((await outboxTypes(transfer.id)).filter((t) => t === 'members.member-transfer.returned.v1')).toHaveLength(1);
    expect((await members.get(memberId)).orgMemberships.filter((x) => x.orgId === host.id).map((x) => x.endedOn)).toEqual([today]);
  });

  it('answers 404 to an officer of an unrelated organisation and 403 to a read-only officer of the home side', async () => {
    const { transfer } = await hosted();
    expect(await refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: today }, officer(thirdCoSo.id)))).toMatchObject({ code: 'COMMON.NOT_FOUND', fields: ['id:notFound'] });
    expect(await refusal(transfers.returnEarly({ id: transfer.id, expectedVersion: 2, returnedOn: today }, officer(homeCoSo.id, ['members:read'])))).toMatchObject({ code: 'COMMON.FORBIDDEN' });
    expect((await transfers.get(transfer.id, homeOfficer())).state).toBe('confirmed');
  });

  it('the daily job leaves an early return alone, and records a period that ran out as returned on its last day', async () => {
    const early = await hosted();
    await transfers.returnEarly({ id: early.transfer.id, expectedVersion: 2, returnedOn: today }, homeOfficer());
    const ranOut = await hosted();
    const jobs = app.jobs;
    if (!jobs) throw new Error('the members service runs no JobRunner');
    const run = await jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: addDays(until, 1) }, null);
    await waitUntil(async () => (await jobs.get(run.id)).status === 'succeeded', 'the run after the period', 20_000, 50);
    expect(await transfers.get(early.transfer.id, homeOfficer())).toMatchObject({ state: 'returned', returnedOn: today, version: 3 });
    expect(await transfers.get(ranOut.transfer.id, homeOfficer())).toMatchObject({ state: 'returned', returnedOn: until, returnNote: null, version: 3 });
    expect((await members.get(ranOut.memberId)).orgMemberships.filter((x) => x.orgId === host.id).map((x) => x.endedOn)).toEqual([until]);
  });
});
