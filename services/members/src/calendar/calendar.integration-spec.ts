import {
  SUBJECTS,
  type CalendarDaysDto,
  type CalendarOverrideDto,
  type DeleteCalendarOverrideRequest,
  type OrgDto,
  type PutCalendarOverrideRequest,
  type TransferDeadlinesDto,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type JobRunView, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, waitUntil, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createMembersApp } from '../app';
import { createMembersDataSource } from '../database/data-source';
import { DUE_ITEMS_JOB } from '../due-items/due-items.job';
import { probationaryMember } from '../members/testing/member-fixtures';
import { MembersTestClient } from '../members/testing/members-test-client';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { CalendarProvider } from './calendar-provider';

class CalendarTestClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  days = (from: string, to: string, c: CallContext): Promise<CalendarDaysDto> => this.call(SUBJECTS.members.calendarDays, { from, to }, c);
  list = (c: CallContext): Promise<CalendarOverrideDto[]> => this.call(SUBJECTS.members.calendarOverrideList, {}, c);
  put = (r: PutCalendarOverrideRequest, c: CallContext): Promise<CalendarOverrideDto> => this.call(SUBJECTS.members.calendarOverridePut, r, c);
  remove = (r: DeleteCalendarOverrideRequest, c: CallContext): Promise<{ deleted: true }> => this.call(SUBJECTS.members.calendarOverrideDelete, r, c);
  deadlines = (movedOn: string, letterDate: string, c: CallContext): Promise<TransferDeadlinesDto> => this.call(SUBJECTS.members.memberTransferDeadlines, { movedOn, letterDate }, c);
}

const DAY = '2026-08-10';
const SOURCE = 'Thông báo số 9999/TB-BNV ngày 01/8/2026 của Bộ Nội vụ (kiểm thử)';

/** The calendar as data: overrides move the deadlines the transfers and the daily job compute, and are read back by every replica. */
describe('working-day calendar overrides', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let ds: DataSource;
  let client: CalendarTestClient;
  let root: OrgDto;
  let probationId: string;
  const admin = (): CallContext => ({ ...scopedOfficer(['admin:calendar'], root.id), language: 'vi' });
  const reader = (): CallContext => ({ ...scopedOfficer(['members:read'], root.id), language: 'en' });
  const provider = () => app.app.get(CalendarProvider);

  beforeAll(async () => {
    db = await createTestDatabase('members_calendar_t');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    ds = createMembersDataSource(db.url);
    await ds.initialize();
    for (const run of (await app.jobs!.list({ jobName: DUE_ITEMS_JOB, status: 'queued' })).items) await app.jobs!.cancel(run.id, { type: 'system', id: 'test', name: 'Kiểm thử' });
    client = new CalendarTestClient(transport);
    const system = () => signedContext();
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    root = await make.root();
    const cell = await make.chiBo(await make.coSo(root, 'Đảng bộ Bộ Nội vụ'), 'Chi bộ Vụ Tiền lương');
    const members = new MembersTestClient(transport, system);
    // Ceremony 15/08/2025 → probation ends 15/08/2026 → considered within 30 working days: 29/09/2026 (1–2/9 are holidays).
    probationId = (await members.create(probationaryMember(cell.id, { fullName: 'Trần Thị Dự Bị', periods: [{ admissionDecisionDate: '2025-08-01', ceremonyDate: '2025-08-15' }] }))).id;
  });

  afterAll(async () => {
    await ds?.destroy();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  async function runJob(): Promise<JobRunView> {
    const queued = await app.jobs!.enqueue(DUE_ITEMS_JOB, { on: DAY, horizonDays: 60 }, null);
    let run = queued;
    await waitUntil(async () => {
      run = await app.jobs!.get(queued.id);
      return run.status === 'succeeded' || run.status === 'failed';
    }, 'the due-items run');
    return run;
  }

  async function considerBy(): Promise<string> {
    expect((await runJob()).status).toBe('succeeded');
    const rows: { due_on: string }[] = await ds.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM due_item WHERE computed_on = $1 AND kind = 'recognition' AND member_id = $2`, [DAY, probationId]);
    expect(rows).toHaveLength(1);
    return rows[0].due_on;
  }

  it('shows each day with its reason, name and origin to any signed-in user', async () => {
    const feb = await client.days('2026-02-14', '2026-02-23', reader());
    expect(feb.coverage).toEqual({ firstDay: '2024-01-01', lastDay: '2030-12-31' });
    expect(feb.days).toHaveLength(10);
    const tet = feb.days.find((d) => d.date === '2026-02-17')!;
    expect(tet).toMatchObject({ working: false, reason: 'holiday', origin: 'base' });
    expect(tet.name).toContain('Tết');
    expect(tet.source?.document).toBeTruthy();
    expect(feb.days.find((d) => d.date === '2026-02-23')).toMatchObject({ working: true, reason: 'weekday', name: null, origin: null, source: null });
  });

  it('moves the transfer deadline and the daily job\'s deadline with an override, and back when it is removed', async () => {
    const before = await client.deadlines('2026-08-03', '2026-08-10', reader());
    expect(before.confirmDeadline).toBe('2026-09-23');
    expect(await considerBy()).toBe('2026-09-29');

    const created = await client.put({ date: '2026-09-14', kind: 'day-off', nameVi: 'Nghỉ hoán đổi (kiểm thử)', source: SOURCE }, admin());
    expect(created).toMatchObject({ date: '2026-09-14', kind: 'day-off', version: 1, source: SOURCE, createdBy: { type: 'user' } });
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-24');
    expect(await considerBy()).toBe('2026-09-30');
    const day = (await client.days('2026-09-14', '2026-09-14', reader())).days[0];
    expect(day).toMatchObject({ working: false, reason: 'extra-day-off', name: 'Nghỉ hoán đổi (kiểm thử)', origin: 'override', source: { document: SOURCE } });
    expect(await client.list(admin())).toEqual([created]);

    await client.remove({ date: '2026-09-14', expectedVersion: 1 }, admin());
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-23');
    expect(await considerBy()).toBe('2026-09-29');
    expect(await client.list(admin())).toEqual([]);
  });

  it('replaces with the version last read only, and a Saturday worked counts as a working day', async () => {
    const first = await client.put({ date: '2026-09-19', kind: 'working-day', nameVi: 'Làm bù (kiểm thử)', source: SOURCE }, admin());
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-22');
    await expect(client.put({ date: '2026-09-19', kind: 'default', nameVi: 'Bỏ làm bù', source: SOURCE }, admin())).rejects.toMatchObject({ code: 'COMMON.PRECONDITION_REQUIRED' });
    await expect(client.put({ date: '2026-09-19', kind: 'default', nameVi: 'Bỏ làm bù', source: SOURCE, expectedVersion: 2 }, admin())).rejects.toMatchObject({ code: 'COMMON.PRECONDITION_FAILED' });
    const second = await client.put({ date: '2026-09-19', kind: 'default', nameVi: 'Bỏ làm bù', source: SOURCE, expectedVersion: first.version }, admin());
    expect(second).toMatchObject({ version: 2, kind: 'default', createdAt: first.createdAt });
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-23');
    await expect(client.remove({ date: '2026-09-19', expectedVersion: 1 }, admin())).rejects.toMatchObject({ code: 'COMMON.PRECONDITION_FAILED' });
    await client.remove({ date: '2026-09-19', expectedVersion: 2 }, admin());
    await expect(client.remove({ date: '2026-09-19', expectedVersion: 2 }, admin())).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
  });

  it('accepts a "working day" on a weekday (it stays a working day) and a holiday on a base holiday (renamed)', async () => {
    await client.put({ date: '2026-09-15', kind: 'working-day', nameVi: 'Ngày làm việc', source: SOURCE }, admin());
    expect((await client.days('2026-09-15', '2026-09-15', reader())).days[0]).toMatchObject({ working: true, reason: 'weekday', origin: 'override' });
    // A base holiday turned into a working day: "default" forgets the base entry (2/9/2026 is a Wednesday).
    await client.put({ date: '2026-09-02', kind: 'working-day', nameVi: 'Đi làm (kiểm thử)', source: SOURCE }, admin());
    expect((await client.days('2026-09-02', '2026-09-02', reader())).days[0]).toMatchObject({ working: true, origin: 'override' });
    expect(await considerBy()).toBe('2026-09-28');
    for (const date of ['2026-09-15', '2026-09-02']) await client.remove({ date, expectedVersion: 1 }, admin());
    expect(await considerBy()).toBe('2026-09-29');
  });

  it('sees a change made by another replica after its refresh (the TTL), not before', async () => {
    await ds.query(
      `INSERT INTO calendar_override (date, kind, name_vi, source, created_by, updated_by) VALUES ('2026-09-14', 'day-off', 'Nghỉ (bản sao khác)', $1, '{"type":"system","id":"x","name":"x"}', '{"type":"system","id":"x","name":"x"}')`,
      [SOURCE],
    );
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-23');
    await provider().refresh();
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-24');
    await ds.query(`DELETE FROM calendar_override WHERE date = '2026-09-14'`);
    await provider().refresh();
    expect((await client.deadlines('2026-08-03', '2026-08-10', reader())).confirmDeadline).toBe('2026-09-23');
  });

  it('refuses bad input at the field, in the caller\'s language, and needs admin:calendar to change anything', async () => {
    await expect(client.put({ date: '2031-01-02', kind: 'holiday', nameVi: 'Tết 2031', source: SOURCE }, admin())).rejects.toMatchObject({
      code: 'COMMON.RULE_VIOLATION',
      details: [expect.objectContaining({ field: 'date', code: 'calendarNotCovered', message: expect.stringContaining('chỉ có dữ liệu từ 01/01/2024 đến 31/12/2030') })],
    });
    await expect(client.put({ date: '2026-09-14', kind: 'closed' as never, nameVi: 'x', source: SOURCE }, admin())).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    await expect(client.put({ date: '2026-09-14', kind: 'day-off', nameVi: 'x', source: '   ' }, admin())).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    await expect(client.put({ date: '2026-02-30', kind: 'day-off', nameVi: 'x', source: SOURCE }, admin())).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    await expect(client.days('2026-01-01', '2027-01-02', reader())).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [expect.objectContaining({ field: 'to', code: 'spanTooLong' })] });
    await expect(client.days('2026-02-01', '2026-01-01', reader())).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [expect.objectContaining({ field: 'to', code: 'beforeFrom' })] });
    await expect(client.days('2023-12-30', '2024-01-05', reader())).rejects.toMatchObject({ code: 'COMMON.RULE_VIOLATION', details: [expect.objectContaining({ field: 'from', message: expect.stringContaining('covers 01/01/2024') })] });
    await expect(client.put({ date: '2026-09-14', kind: 'day-off', nameVi: 'x', source: SOURCE }, reader())).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    await expect(client.list(reader())).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    await expect(client.remove({ date: '2026-09-14', expectedVersion: 1 }, reader())).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    expect(await ds.query(`SELECT count(*)::int AS n FROM calendar_override`)).toEqual([{ n: 0 }]);
  });
});
