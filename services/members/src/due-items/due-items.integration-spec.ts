import { SUBJECTS, type DueItemDto, type GradingCampaignDto, type IssueMemberTransferRequest, type MemberTransferDto, type OpenGradingCampaignRequest, type DueItemPageDto, type ListDueItemsRequest, type OrgDto } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type JobRunView, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, waitUntil, type TestDatabase } from '@lienthong/testing';
import { addDays } from '@lienthong/rules';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { makeBadgeCast, type BadgeCast } from '../badges/testing/badge-fixtures';
import { createMembersDataSource } from '../database/data-source';
import { officialMember, probationaryMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { partyToday } from '../orgs/org-kind-rules';
import { CATCH_UP_DELAY_MS } from './due-items-catch-up';
import { DUE_ITEMS_JOB } from './due-items.job';

class DueItemsClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  issueTransfer(request: IssueMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferIssue, request, context);
  }
  openGrading(request: OpenGradingCampaignRequest, context: CallContext): Promise<GradingCampaignDto> {
    return this.call(SUBJECTS.members.gradingCampaignOpen, request, context);
  }
  list(request: ListDueItemsRequest, context: CallContext): Promise<DueItemPageDto> {
    return this.call(SUBJECTS.members.dueItemList, request, context);
  }
}

const DAY = '2026-08-10';

/** The daily "việc cần làm" job through the app's own JobRunner, and its list over the transport. */
describe('due items (daily job and lists)', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let client: DueItemsClient;
  let unitA: OrgDto;
  let unitB: OrgDto;
  let cast: BadgeCast;
  let root: OrgDto;
  const ids: Record<string, string> = {};
  let catchUp: { on: unknown; delayed: number }[] = [];
  const system = () => signedContext();
  const officer = (org: OrgDto): CallContext => scopedOfficer(['members:read'], org.id);

  beforeAll(async () => {
    db = await createTestDatabase('members_due_items_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    // The boot's catch-up run (for today, 30 s after start) is checked, then cancelled: the spec computes its own day.
    const queued = (await app.jobs!.list({ jobName: DUE_ITEMS_JOB, status: 'queued' })).items;
    catchUp = queued.map((r) => ({ on: r.params.on, delayed: Date.parse(r.scheduledFor) - Date.parse(r.createdAt) }));
    for (const run of queued) await app.jobs!.cancel(run.id, { type: 'system', id: 'test', name: 'Kiểm thử' });
    client = new DueItemsClient(transport);
    const members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    root = await make.root();
    unitA = await make.coSo(root, 'Đảng bộ Bộ Tư pháp');
    const cellA = await make.chiBo(unitA, 'Chi bộ Vụ Pháp chế');
    unitB = await make.coSo(root, 'Đảng bộ Bộ Y tế');
    const cellB = await make.chiBo(unitB, 'Chi bộ Vụ Kế hoạch');
    cast = await makeBadgeCast(members, ds, cellA.id);
    const probation = (fullName: string, admissionDecisionDate: string, ceremonyDate?: string) =>
      members.create(probationaryMember(cellA.id, { fullName, periods: [{ admissionDecisionDate, ceremonyDate }] }));
    ids.recognition = (await probation('Trần Thị Sắp Chính Thức', '2025-08-01', '2025-08-15')).id;
    ids.overdue = (await probation('Trần Văn Quá Hạn', '2025-05-04', '2025-05-20')).id;
    ids.ceremony = (await probation('Lý Thị Chưa Kết Nạp', '2026-07-20')).id;
    ids.inB = (await members.create(officialMember(cellB.id, { fullName: 'Mai Văn Bên Kia', periods: [{ admissionDecisionDate: '1996-08-01', recognitionDate: '1997-08-01' }] }))).id;
  });

  afterAll(async () => {
    await ds?.destroy();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  async function runJob(params: Record<string, unknown>): Promise<JobRunView> {
    const jobs = app.jobs!;
    const queued = await jobs.enqueue(DUE_ITEMS_JOB, params, null);
    let run = queued;
    await waitUntil(async () => {
      run = await jobs.get(queued.id);
      return run.status === 'succeeded' || run.status === 'failed';
    }, 'the due-items run');
    return run;
  }

  async function dayRows(): Promise<string[]> {
    const rows: { k: string }[] = await ds.query(`SELECT kind || ':' || item_key AS k FROM due_item WHERE computed_on = $1 ORDER BY 1`, [DAY]);
    return rows.map((r) => r.k);
  }

  async function all(request: ListDueItemsRequest, context: CallContext): Promise<DueItemDto[]> {
    const items: DueItemDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.list({ ...request, limit: 3, cursor }, context);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  it('lists what falls due per organisation, and a rerun of the day leaves the same set', async () => {
    expect(await client.list({ orgId: unitA.id }, officer(unitA))).toEqual({ computedOn: null, items: [], nextCursor: null });
    const run = await runJob({ on: DAY, horizonDays: 30 });
    expect(run).toMatchObject({ status: 'succeeded', progress: { done: 9 } });
    const first = await dayRows();
    expect(first).toHaveLength(9);
    expect((await runJob({ on: DAY, horizonDays: 30 })).status).toBe('succeeded');
    expect(await dayRows()).toEqual(first);
    expect(await ds.query(`SELECT items FROM due_item_day WHERE computed_on = $1`, [DAY])).toEqual([{ items: 9 }]);

    const items = await all({ orgId: unitA.id }, officer(unitA));
    const of = (kind: string, memberId: string) => items.find((i) => i.kind === kind && i.memberId === memberId);
    expect(items).toHaveLength(8);
    // Probation runs from the ceremony (15/08/2025, Điều lệ Điều 5.1): due 15/08/2026, considered within 30 working days (1–2/9 are holidays).
    expect(of('recognition', ids.recognition)).toMatchObject({ dueOn: '2026-09-29', detail: { dueDate: '2026-08-15', ceremonyDate: '2025-08-15' }, memberName: 'Trần Thị Sắp Chính Thức' });
    expect(of('recognition', ids.recognition)?.rule).toContain('294-QĐ/TW');
    expect(of('recognition', ids.overdue)).toMatchObject({ dueOn: '2026-07-01' }); // ceremony 20/05/2025 → due 20/05/2026
    expect(of('ceremony', ids.ceremony)).toMatchObject({ dueOn: '2026-08-28', detail: { decisionDate: '2026-07-20' }, orgName: 'Chi bộ Vụ Pháp chế' });
    expect(of('ceremony', ids.recognition)).toBeUndefined();
    const badges = items.filter((i) => i.kind === 'badge');
    expect(badges.map((b) => b.memberId).sort()).toEqual([cast.reaches30.id, cast.reaches40.id, cast.seriouslyIll.id, cast.died.id, cast.readmitted.id].sort());
    expect(badges.every((b) => b.dueOn === '2026-09-02')).toBe(true);
    expect(items.map((i) => i.dueOn)).toEqual([...items.map((i) => i.dueOn)].sort());
    expect((await client.list({ orgId: unitA.id, kind: 'ceremony' }, officer(unitA))).items.map((i) => i.memberId)).toEqual([ids.ceremony]);
  });

  it('keeps each subtree to itself: another subtree is 404, the caller\'s own scope lists only its items', async () => {
    await expect(client.list({ orgId: unitA.id }, officer(unitB))).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
    const mine = await all({}, officer(unitB));
    expect(mine.map((i) => [i.kind, i.memberId])).toEqual([['badge', ids.inB]]);
    expect(await all({}, system())).toHaveLength(9);
    await expect(client.list({ orgId: unitA.id, cursor: 'not-a-cursor' }, officer(unitA))).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    // A well-formed cursor holding an impossible day is refused like any other, not left to the database's date cast.
    const impossibleDay = Buffer.from(JSON.stringify(['2026-02-30', ids.inB])).toString('base64url');
    await expect(client.list({ cursor: impossibleDay }, { ...officer(unitB), language: 'vi' })).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }],
    });
  });

  it('drops what was done since: a ceremony held and a badge given are gone on the next run', async () => {
    await ds.query(`UPDATE member_period SET ceremony_date = '2026-08-05' WHERE member_id = $1`, [ids.ceremony]);
    await ds.query(
      `INSERT INTO member_badge (id, member_id, milestone, occasion_date, basis, decision_number, decision_date, recorded_by)
       VALUES (gen_random_uuid(), $1, 40, '2026-09-02', 'regular', '2-QĐ/TU', '2026-08-01', '{"type":"system","id":"test"}')`,
      [cast.reaches40.id],
    );
    expect((await runJob({ on: DAY, horizonDays: 30 })).status).toBe('succeeded');
    const rows = await dayRows();
    expect(rows).toHaveLength(7);
    expect(rows).not.toContain(`ceremony:${ids.ceremony}:2026-07-20`);
    expect(rows).not.toContain(`badge:${cast.reaches40.id}:40`);
  });

  it('queued one catch-up run for today at boot, half a minute after start', () => {
    expect(catchUp).toEqual([{ on: partyToday(), delayed: expect.any(Number) }]);
    expect(catchUp[0].delayed).toBeGreaterThanOrEqual(CATCH_UP_DELAY_MS - 1_000);
  });

  it('lists a transfer the receiving organisation must confirm, under that organisation, by its confirm deadline', async () => {
    const members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    const from = await make.chiBo(unitA, 'Chi bộ Phòng Đi');
    const unitC = await make.coSo(root, 'Đảng bộ Bệnh viện Nhận');
    const to = await make.chiBo(unitC, 'Chi bộ Khoa Nhận');
    const moving = await members.create(officialMember(from.id, { fullName: 'Phan Văn Chuyển Đến' }));
    const today = partyToday();
    const transfer = await client.issueTransfer(
      { memberId: moving.id, kind: 'official', toOrgId: to.id, letterNumber: '88-GGT/ĐU', letterDate: today, letterIssuer: 'Đảng ủy Bộ Tư pháp', movedOn: today },
      system(),
    );
    // A letter can only be issued while it can still be presented: this one is today's, so today's list.
    expect((await runJob({ on: today, horizonDays: 60 })).status).toBe('succeeded');
    const incoming = await all({ orgId: unitC.id, kind: 'transfer-confirm' }, officer(unitC));
    expect(incoming).toEqual([
      expect.objectContaining({ memberId: moving.id, orgId: to.id, dueOn: transfer.confirmDeadline, detail: expect.objectContaining({ transferId: transfer.id, letterNumber: '88-GGT/ĐU' }) }),
    ]);
    expect((await all({ orgId: unitA.id, kind: 'transfer-confirm' }, officer(unitA)))).toEqual([]);
    // The lists read the latest day: today's set goes, so that the other tests keep their day whatever the order.
    await ds.query(`DELETE FROM due_item WHERE computed_on = $1`, [today]);
    await ds.query(`DELETE FROM due_item_day WHERE computed_on = $1`, [today]);
  });

  it('lists the grading a chi bộ still has to finish before an open campaign\'s deadline', async () => {
    const members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    const unit = await make.coSo(root, 'Đảng bộ Sở Giáo dục');
    const cell = await make.chiBo(unit, 'Chi bộ Phòng Tổ chức cán bộ');
    for (const fullName of ['Đặng Văn Một', 'Đặng Thị Hai']) await members.create(officialMember(cell.id, { fullName }));
    const today = partyToday();
    const campaign = await client.openGrading({ rootOrgId: unit.id, year: 2026, title: 'Đánh giá, xếp loại năm 2026', deadline: addDays(today, 10) }, system());
    expect((await runJob({ on: today, horizonDays: 30 })).status).toBe('succeeded');
    expect(await all({ orgId: unit.id, kind: 'grading' }, officer(unit))).toEqual([
      expect.objectContaining({ orgId: cell.id, memberId: null, dueOn: campaign.deadline, detail: { campaignId: campaign.id, title: 'Đánh giá, xếp loại năm 2026', year: 2026, toDecide: 2 } }),
    ]);
    await ds.query(`DELETE FROM due_item WHERE computed_on = $1`, [today]);
    await ds.query(`DELETE FROM due_item_day WHERE computed_on = $1`, [today]);
  });

  it('answers a later day with nothing due as that day\'s empty list, not an earlier day\'s rows', async () => {
    await ds.query(`INSERT INTO due_item_day (computed_on, items) VALUES ('2099-01-01', 0)`);
    try {
      expect(await client.list({ orgId: unitA.id }, officer(unitA))).toEqual({ computedOn: '2099-01-01', items: [], nextCursor: null });
    } finally {
      await ds.query(`DELETE FROM due_item_day WHERE computed_on = '2099-01-01'`);
    }
  });

  it('refuses bad parameters at enqueue', async () => {
    await expect(app.jobs!.enqueue(DUE_ITEMS_JOB, { on: '2026-02-30' }, null)).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    await expect(app.jobs!.enqueue(DUE_ITEMS_JOB, { horizonDays: 0 }, null)).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
  });
});
