import type { IssueMemberTransferRequest, OrgDto } from '@lienthong/contracts';
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

const system = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });
const officer = (scopeOrgId: string, permissions = ['members:read', 'members:write']): CallContext => ({ ...scopedOfficer(permissions, scopeOrgId), language: 'vi' });

describe('member transfers: the two-sided handshake over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let transfers: TransfersTestClient;
  let pg: Client;
  let sendingCoSo: OrgDto;
  let sending: OrgDto;
  let receivingCoSo: OrgDto;
  let receiving: OrgDto;
  let thirdCoSo: OrgDto;
  const today = partyToday();
  const movedOn = transferCalendar().addWorkingDays(today, -3);

  beforeAll(async () => {
    db = await createTestDatabase('members_transfer');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, () => system());
    transfers = new TransfersTestClient(transport);
    const make = new OrgFactory(new OrgsTestClient(transport, () => system()));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    const root = await make.root();
    sendingCoSo = await make.coSo(root, 'Đảng bộ Bộ Tư pháp');
    sending = await make.chiBo(sendingCoSo, 'Chi bộ Vụ Pháp chế');
    receivingCoSo = await make.coSo(root, 'Đảng bộ Báo Nhân Dân');
    receiving = await make.chiBo(receivingCoSo, 'Chi bộ Phòng Biên tập');
    thirdCoSo = await make.coSo(root, 'Đảng bộ Bộ Y tế');
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const errorOf = (work: Promise<unknown>) => work.then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as { code: string; details?: { field: string; code: string; message: string }[] });
  const fieldsOf = (e: { details?: { field: string; code: string }[] }) => (e.details ?? []).map((d) => `${d.field}:${d.code}`);
  const letter = (overrides: Partial<IssueMemberTransferRequest> = {}): Omit<IssueMemberTransferRequest, 'memberId'> => ({
    kind: 'official',
    toOrgId: receiving.id,
    letterNumber: '15-GGT/ĐU',
    letterDate: today,
    letterIssuer: 'Ban Thường vụ Đảng ủy Bộ Tư pháp',
    movedOn,
    ...overrides,
  });
  const newMember = async () => members.create(officialMember(sending.id, { fullName: 'Trần Thị Bình' }));
  const sender = () => officer(sendingCoSo.id);
  const receiver = () => officer(receivingCoSo.id);
  const outboxTypes = async (aggregateId: string) => (await pg.query(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])).rows.map((r: { type: string }) => r.type);

  describe('deadline arithmetic with the working-day calendar', () => {
    it('counts 30 working days from the letter across Tết Bính Ngọ (16–20/02/2026) and 60 across the 10/01 swapped Saturday', async () => {
      const d = await transfers.deadlines({ movedOn: '2025-12-31', letterDate: '2026-02-02' }, system());
      // 02/02 +30 working days: 4 + 5, Tết week skipped, then 5 × 4 + Monday 23/03 (16/03 without Tết).
      expect(d.confirmDeadline).toBe('2026-03-23');
      // 31/12/2025 +60: 01/01 holiday, 02/01 swapped off, Saturday 10/01 worked, Tết skipped → Thursday 02/04.
      expect(d.startDeadline).toBe('2026-04-02');
      expect(d.startLate).toBe(false);
      expect(d.rules.map((r) => [r.rule, r.workingDays, r.document, r.article])).toEqual([
        ['transfer-start-deadline', 60, 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025)', 'điểm 6.3.1'],
        ['transfer-present-deadline', 30, 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025)', 'điểm 6.3.1'],
      ]);
      expect((await transfers.deadlines({ movedOn: '2025-12-31', letterDate: '2026-04-03' }, system())).startLate).toBe(true);
    });

    it('guesses no deadline before 294-QĐ/TW took effect, and refuses a letter before the move', async () => {
      const e = await errorOf(transfers.deadlines({ movedOn: '2025-06-30', letterDate: '2025-06-20' }, system('vi')));
      expect(e.code).toBe('COMMON.VALIDATION_FAILED');
      expect(fieldsOf(e)).toEqual(['movedOn:ruleNotInForce', 'letterDate:ruleNotInForce', 'letterDate:beforeMove']);
      expect(e.details?.[0].message).toContain('294-QĐ/TW');
    });
  });

  describe('official transfer between two subtrees', () => {
    it('issues (member off the sending roll, in transit), the receiver sees only the transfer, confirms, and the record moves', async () => {
      const member = await newMember();
      const issued = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      expect(issued).toMatchObject({
        state: 'in-transit',
        kind: 'official',
        fromOrg: { id: sending.id, name: 'Chi bộ Vụ Pháp chế' },
        toOrg: { id: receiving.id, name: 'Chi bộ Phòng Biên tập' },
        member: { id: member.id, fullName: 'Trần Thị Bình', statusBefore: 'official' },
        confirmDeadline: transferCalendar().deadline(today, 30),
        startDeadline: transferCalendar().deadline(movedOn, 60),
        startLate: false,
        overdue: false,
        version: 1,
      });
      const during = await members.get(member.id);
      expect(during.status).toBe('transferred-out');
      expect(during.orgMemberships.filter((x) => x.endedOn === null)).toEqual([]);

      // The receiving officer: the transfer yes (get and inbox), the record and the sending org's roll no.
      expect((await transfers.get(issued.id, receiver())).id).toBe(issued.id);
      expect((await transfers.incoming({}, receiver())).items.map((t) => t.id)).toContain(issued.id);
      expect((await transfers.outgoing({}, receiver())).items.map((t) => t.id)).not.toContain(issued.id);
      await expect(members.get(member.id, receiver())).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      expect((await transfers.outgoing({}, sender())).items.map((t) => t.id)).toContain(issued.id);

      // The sender cannot confirm for the receiver (403: it sees the transfer from its own side).
      await expect(transfers.confirm({ id: issued.id, expectedVersion: 1 }, sender())).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      const confirmed = await transfers.confirm({ id: issued.id, expectedVersion: 1 }, receiver());
      expect(confirmed).toMatchObject({ state: 'confirmed', decidedOn: today, version: 2 });
      const after = await members.get(member.id, receiver());
      expect(after).toMatchObject({ orgId: receiving.id, status: 'official' });
      expect(after.orgMemberships.filter((x) => x.endedOn === null)).toMatchObject([{ orgId: receiving.id, kind: 'official', startedOn: today }]);
      await expect(members.get(member.id, sender())).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      expect(await outboxTypes(issued.id)).toEqual(['members.member-transfer.issued.v1', 'members.member-transfer.confirmed.v1']);
      expect(await outboxTypes(member.id)).toEqual(expect.arrayContaining(['members.member.status-changed.v1', 'members.member.transferred.v1']));
    });

    it('answers 404 to an officer of neither side, and 404 to a sender who may not see the member', async () => {
      const member = await newMember();
      const issued = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      const stranger = officer(thirdCoSo.id);
      await expect(transfers.get(issued.id, stranger)).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
      await expect(transfers.confirm({ id: issued.id, expectedVersion: 1 }, stranger)).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
      await expect(transfers.issue({ memberId: member.id, ...letter() }, receiver())).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      await expect(transfers.issue({ memberId: member.id, ...letter() }, officer(sendingCoSo.id, ['members:read']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    });

    it('confirm twice at once: one wins, the other answers 412 (same If-Match) and the record moves once', async () => {
      const member = await newMember();
      const issued = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      const results = await Promise.allSettled([1, 2].map(() => transfers.confirm({ id: issued.id, expectedVersion: 1 }, receiver())));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []))).toEqual(['COMMON.PRECONDITION_FAILED']);
      // With the new version, a confirmed transfer cannot be confirmed again: 409.
      await expect(transfers.confirm({ id: issued.id, expectedVersion: 2 }, receiver())).rejects.toMatchObject({ code: 'COMMON.CONFLICT' });
      const memberships = (await members.get(member.id)).orgMemberships.filter((x) => x.orgId === receiving.id);
      expect(memberships).toHaveLength(1);
    });

    it('refuse (with a reason) and cancel put the record back as it was; a member in transit cannot be sent again', async () => {
      const member = await newMember();
      const first = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      expect(fieldsOf(await errorOf(transfers.issue({ memberId: member.id, ...letter() }, sender())))).toEqual(['memberId:notOnRoll']);
      expect(fieldsOf(await errorOf(transfers.refuse({ id: first.id, expectedVersion: 1 }, receiver())))).toEqual(['note:required']);
      const refused = await transfers.refuse({ id: first.id, expectedVersion: 1, note: 'Không đúng nơi cư trú' }, receiver());
      expect(refused).toMatchObject({ state: 'refused', decisionNote: 'Không đúng nơi cư trú' });
      const back = await members.get(member.id);
      expect(back).toMatchObject({ status: 'official', statusSince: member.statusSince, orgId: sending.id });
      expect(back.orgMemberships.filter((x) => x.endedOn === null)).toMatchObject([{ orgId: sending.id, kind: 'official' }]);

      const second = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      await expect(transfers.cancel({ id: second.id, expectedVersion: 1 }, receiver())).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      await expect(transfers.cancel({ id: second.id, expectedVersion: 7 }, sender())).rejects.toMatchObject({ code: 'COMMON.PRECONDITION_FAILED' });
      expect(await transfers.cancel({ id: second.id, expectedVersion: 1 }, sender())).toMatchObject({ state: 'cancelled' });
      expect((await members.get(member.id)).status).toBe('official');
    });
  });

  describe('receiving organisations', () => {
    it('finds an org outside the sender\'s subtree by name without diacritics, with its parent; an unknown name finds nothing; read-only officers are refused', async () => {
      const found = await transfers.destinations('phong bien tap', sender());
      expect(found).toEqual([{ id: receiving.id, name: 'Chi bộ Phòng Biên tập', shortName: receiving.shortName, kind: receiving.kind, parentName: 'Đảng bộ Báo Nhân Dân' }]);
      expect(await transfers.destinations('khong co to chuc nay', sender())).toEqual([]);
      await expect(transfers.destinations('phong', officer(sendingCoSo.id, ['members:read']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    });
  });

  describe('validation of the issue, in Vietnamese at the field', () => {
    it('names each broken rule: late start without explanation, letter out of date, same org, temporary duration', async () => {
      const member = await newMember();
      const longAgo = transferCalendar().addWorkingDays(today, -70);
      const late = await errorOf(transfers.issue({ memberId: member.id, ...letter({ movedOn: longAgo }) }, sender()));
      expect(late.code).toBe('COMMON.VALIDATION_FAILED');
      expect(fieldsOf(late)).toEqual(['lateExplanation:required']);
      const startDeadline = displayDate(transferCalendar().deadline(longAgo, 60));
      expect(late.details?.[0].message).toBe(`lateExplanation: bắt buộc: giấy giới thiệu lập sau hạn ${startDeadline} (60 ngày làm việc từ ngày chuyển)`);
      const withReason = await transfers.issue({ memberId: member.id, ...letter({ movedOn: longAgo, lateExplanation: 'Đảng viên ốm dài ngày' }) }, sender());
      expect(withReason).toMatchObject({ startLate: true, lateExplanation: 'Đảng viên ốm dài ngày' });
      await transfers.cancel({ id: withReason.id, expectedVersion: 1 }, sender());

      const stale = transferCalendar().addWorkingDays(today, -31);
      const lapsed = await errorOf(transfers.issue({ memberId: member.id, ...letter({ movedOn: stale, letterDate: stale }) }, sender()));
      expect(fieldsOf(lapsed)).toEqual(['letterDate:deadlinePassed']);
      expect(lapsed.details?.[0].message).toBe(`letterDate: hạn xuất trình giấy giới thiệu (${displayDate(transferCalendar().deadline(stale, 30))}) đã qua`);
      expect(fieldsOf(await errorOf(transfers.issue({ memberId: member.id, ...letter({ toOrgId: sending.id }) }, sender())))).toEqual(['toOrgId:sameOrg']);
      const tooLong = letter({ kind: 'temporary', temporaryReason: 'residence-or-work', temporaryFrom: today, temporaryUntil: addDays(today, 400) });
      expect(fieldsOf(await errorOf(transfers.issue({ memberId: member.id, ...tooLong }, sender())))).toEqual(['temporaryUntil:tooLong']);
      const tooShort = letter({ kind: 'temporary', temporaryReason: 'domestic-study', temporaryFrom: today, temporaryUntil: addDays(today, 40) });
      expect(fieldsOf(await errorOf(transfers.issue({ memberId: member.id, ...tooShort }, sender())))).toEqual(['temporaryUntil:tooShort']);
      const missing = await errorOf(transfers.issue({ memberId: member.id, ...letter({ kind: 'temporary' }) }, sender()));
      expect(fieldsOf(missing)).toEqual(expect.arrayContaining(['temporaryReason:isDefined', 'temporaryFrom:isDefined', 'temporaryUntil:isDefined']));
      expect((await members.get(member.id)).status).toBe('official');
    });
  });

  describe('temporary and external transfers', () => {
    it('temporary: the member stays on the home roll and is hosted, not counted in the host\'s đảng số', async () => {
      const member = await newMember();
      const issued = await transfers.issue(
        { memberId: member.id, ...letter({ kind: 'temporary', temporaryReason: 'domestic-study', temporaryFrom: today, temporaryUntil: addDays(today, 365) }) },
        sender(),
      );
      expect(issued.temporary).toEqual({ reason: 'domestic-study', from: today, until: addDays(today, 365) });
      expect(issued.rules.map((r) => r.rule)).toContain('temporary-transfer-durations');
      expect((await members.get(member.id)).status).toBe('temporarily-transferred-out');
      await transfers.confirm({ id: issued.id, expectedVersion: 1 }, receiver());
      const hosted = await members.get(member.id);
      expect(hosted).toMatchObject({ orgId: sending.id, status: 'temporarily-transferred-out' });
      expect(hosted.orgMemberships.filter((x) => x.endedOn === null).map((x) => [x.orgId, x.kind])).toEqual([[sending.id, 'official'], [receiving.id, 'temporary']]);
      const counts = await members.counts(receiving.id, false);
      expect(counts.byStatus['temporarily-transferred-out'] ?? 0).toBe(0);
      expect(counts.temporaryIn).toBeGreaterThanOrEqual(1);
    });

    it('to an organisation outside the system: recorded with the paper letter, the sending side records the receipt', async () => {
      const member = await newMember();
      const external = letter({ toOrgId: undefined, externalOrgName: 'Đảng bộ tỉnh Lào Cai', letterNumber: '88-GGT/BTC' });
      const issued = await transfers.issue({ memberId: member.id, ...external }, sender());
      expect(issued).toMatchObject({ toOrg: null, externalOrgName: 'Đảng bộ tỉnh Lào Cai', letter: { number: '88-GGT/BTC', issuer: 'Ban Thường vụ Đảng ủy Bộ Tư pháp' } });
      expect(fieldsOf(await errorOf(transfers.issue({ memberId: (await newMember()).id, ...letter({ externalOrgName: 'X tỉnh' }) }, sender())))).toEqual(['externalOrgName:exclusive']);
      const done = await transfers.confirm({ id: issued.id, expectedVersion: 1, note: 'Phiếu báo đã nhận' }, sender());
      expect(done.state).toBe('confirmed');
      expect(await members.get(member.id)).toMatchObject({ orgId: sending.id, status: 'transferred-out' });
    });
  });

  describe('the daily job', () => {
    it('moves a future-dated letter to in transit on its date and expires what was not confirmed in time; the record comes back', async () => {
      const member = await newMember();
      const later = await newMember();
      const expiring = await transfers.issue({ memberId: member.id, ...letter() }, sender());
      const future = addDays(today, 5);
      const ahead = await transfers.issue({ memberId: later.id, ...letter({ letterDate: future }) }, sender());
      expect(ahead.state).toBe('issued');
      await expect(transfers.confirm({ id: ahead.id, expectedVersion: 1 }, receiver())).rejects.toMatchObject({ code: 'COMMON.CONFLICT' });
      const jobs = app.jobs;
      if (!jobs) throw new Error('the members service runs no JobRunner');
      const run = await jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: future }, null);
      await waitUntil(async () => (await jobs.get(run.id)).status === 'succeeded', 'the first transfer job run', 20_000, 50);
      expect((await transfers.get(ahead.id, receiver())).state).toBe('in-transit');
      expect((await transfers.get(expiring.id, sender())).state).toBe('in-transit');

      const afterDeadline = addDays(expiring.confirmDeadline, 1);
      const expiry = await jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: afterDeadline }, null);
      await waitUntil(async () => (await jobs.get(expiry.id)).status === 'succeeded', 'the expiry run', 20_000, 50);
      expect(await transfers.get(expiring.id, sender())).toMatchObject({ state: 'expired', version: 2, overdue: false });
      expect(await members.get(member.id)).toMatchObject({ status: 'official', orgId: sending.id });
      expect(await outboxTypes(expiring.id)).toEqual(['members.member-transfer.issued.v1', 'members.member-transfer.expired.v1']);
      expect(await outboxTypes(ahead.id)).toEqual(expect.arrayContaining(['members.member-transfer.in-transit.v1']));
      await expect(jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: 'tomorrow' }, null)).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    });

    it('returns a confirmed temporary transfer when its period has ended: hosted membership ended on the last day, status back', async () => {
      const member = await newMember();
      const until = addDays(today, 100);
      const issued = await transfers.issue({ memberId: member.id, ...letter({ kind: 'temporary', temporaryReason: 'residence-or-work', temporaryFrom: today, temporaryUntil: until }) }, sender());
      await transfers.confirm({ id: issued.id, expectedVersion: 1 }, receiver());
      const jobs = app.jobs;
      if (!jobs) throw new Error('the members service runs no JobRunner');
      const early = await jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: until }, null);
      await waitUntil(async () => (await jobs.get(early.id)).status === 'succeeded', 'the run on the last day', 20_000, 50);
      expect((await transfers.get(issued.id, receiver())).state).toBe('confirmed');
      const run = await jobs.enqueue(EXPIRE_MEMBER_TRANSFERS_JOB, { today: addDays(until, 1) }, null);
      await waitUntil(async () => (await jobs.get(run.id)).status === 'succeeded', 'the run after the period', 20_000, 50);
      expect(await transfers.get(issued.id, sender())).toMatchObject({ state: 'returned', version: 3 });
      const back = await members.get(member.id);
      expect(back).toMatchObject({ status: 'official', orgId: sending.id });
      expect(back.orgMemberships.map((x) => [x.orgId, x.kind, x.endedOn])).toEqual([[sending.id, 'official', null], [receiving.id, 'temporary', until]]);
      expect(await outboxTypes(issued.id)).toEqual(['members.member-transfer.issued.v1', 'members.member-transfer.confirmed.v1', 'members.member-transfer.returned.v1']);
    });
  });
});
