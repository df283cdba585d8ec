import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries, type AuditEntry } from './support/audit-trail';

const SOURCE = 'Thông báo số 9999/TB-BNV ngày 01/8/2026 của Bộ Nội vụ (kiểm thử)';

interface Day {
  date: string;
  working: boolean;
  reason: string;
  name: string | null;
  origin: string | null;
  source: { document: string } | null;
}

/**
 * The working-day calendar through the gateway over the real members service: anyone signed in reads
 * the days, only `admin:calendar` changes the overrides (If-Match on replace and delete), each change
 * moves the deadlines the transfers compute, and is audited.
 */
describe('working-day calendar through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let rootId: string;
  const api = () => e2e.http();
  const confirmDeadline = async () =>
    ((await api().get('/api/v1/member-transfers/deadlines').query({ movedOn: '2026-08-03', letterDate: '2026-08-10' }).set(officer).expect(200)).body as { confirmDeadline: string }).confirmDeadline;

  beforeAll(async () => {
    e2e = await startE2eSystem('calendar');
    admin = bearer(e2e.token);
    const root = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId: null, name: 'Đảng bộ Khối Lịch', shortName: `L${randomUUID().slice(0, 6).toUpperCase()}`, kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-02-03' })
      .expect(201);
    rootId = (root.body as { id: string }).id;
    const username = `l${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Tổ chức', homeOrgId: (root.body as { id: string }).id, roles: ['organization'], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    officer = bearer((login.body as { accessToken: string }).accessToken);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('shows any signed-in user the days of a span with their origin; refuses bad spans', async () => {
    const res = await api().get('/api/v1/calendar/days').query({ from: '2026-02-14', to: '2026-02-23' }).set(officer).expect(200);
    const days = (res.body as { days: Day[] }).days;
    expect(days).toHaveLength(10);
    expect(days.find((d) => d.date === '2026-02-17')).toMatchObject({ working: false, reason: 'holiday', origin: 'base' });
    await api().get('/api/v1/calendar/days').query({ from: '2026-02-14', to: '2026-02-23' }).expect(401);
    const bad = await api().get('/api/v1/calendar/days').query({ from: '2026-02-30', to: '2026-03-01' }).set(officer).set('Accept-Language', 'vi').expect(400);
    expect(expectEnvelope(bad.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'from', code: 'isPartyDate' })]);
    const long = await api().get('/api/v1/calendar/days').query({ from: '2026-01-01', to: '2027-01-02' }).set(officer).expect(400);
    expect(expectEnvelope(long.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'to', code: 'spanTooLong' })]);
    const outside = await api().get('/api/v1/calendar/days').query({ from: '2031-01-01', to: '2031-01-31' }).set(officer).expect(422);
    expectEnvelope(outside.body, 'COMMON.RULE_VIOLATION');
  });

  it('serves the days to an API client holding a read permission (a subordinate system counts deadlines too), not to one without', async () => {
    const clientToken = async (permissions: string[]) => {
      const registered = await api().post('/api/v1/api-clients').set(admin).send({ name: `Hệ thống lịch ${permissions.join(' ')}`, orgId: rootId, permissions }).expect(201);
      const { client, clientSecret } = registered.body as { client: { clientId: string }; clientSecret: string };
      const issued = await api().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret }).expect(200);
      return bearer((issued.body as { access_token: string }).access_token);
    };
    const reader = await clientToken(['members:read']);
    const res = await api().get('/api/v1/calendar/days').query({ from: '2026-02-14', to: '2026-02-23' }).set(reader).expect(200);
    expect((res.body as { days: Day[] }).days.find((d) => d.date === '2026-02-17')).toMatchObject({ working: false, reason: 'holiday' });
    await api().get('/api/v1/calendar/days').query({ from: '2026-02-14', to: '2026-02-23' }).expect(401);
    // Only reading is opened: the overrides stay an administrator's, and a client that may read nothing is refused.
    expectEnvelope((await api().get('/api/v1/calendar/overrides').set(reader).expect(403)).body, 'COMMON.FORBIDDEN');
    const writerOnly = await clientToken(['members:write']);
    expectEnvelope((await api().get('/api/v1/calendar/days').query({ from: '2026-02-14', to: '2026-02-23' }).set(writerOnly).expect(403)).body, 'COMMON.FORBIDDEN');
  });

  it('lets only admin:calendar change the overrides', async () => {
    await api().get('/api/v1/calendar/overrides').set(officer).expect(403);
    await api().put('/api/v1/calendar/overrides/2026-09-14').set(officer).send({ kind: 'day-off', nameVi: 'Nghỉ', source: SOURCE }).expect(403);
    await api().delete('/api/v1/calendar/overrides/2026-09-14').set(officer).set('If-Match', '"1"').expect(403);
    await api().put('/api/v1/calendar/overrides/2026-09-14').send({ kind: 'day-off', nameVi: 'Nghỉ', source: SOURCE }).expect(401);
  });

  it('validates the date, the body and the coverage with field messages', async () => {
    const date = await api().put('/api/v1/calendar/overrides/14-09-2026').set(admin).send({ kind: 'day-off', nameVi: 'Nghỉ', source: SOURCE }).expect(400);
    expect(expectEnvelope(date.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'date' })]);
    const body = await api().put('/api/v1/calendar/overrides/2026-09-14').set(admin).set('Accept-Language', 'vi').send({ kind: 'closed', nameVi: '', source: '  ' }).expect(400);
    expect((expectEnvelope(body.body, 'COMMON.VALIDATION_FAILED').details ?? []).map((d) => d.field).sort()).toEqual(['kind', 'nameVi', 'source']);
    const outside = await api().put('/api/v1/calendar/overrides/2031-01-23').set(admin).set('Accept-Language', 'vi').send({ kind: 'holiday', nameVi: 'Tết Tân Hợi', source: SOURCE }).expect(422);
    expect(expectEnvelope(outside.body, 'COMMON.RULE_VIOLATION').details).toEqual([expect.objectContaining({ field: 'date', message: expect.stringContaining('31/12/2030') as string })]);
  });

  it('creates, replaces (If-Match), lists and deletes an override; the transfer deadline follows; each change is audited', async () => {
    expect(await confirmDeadline()).toBe('2026-09-23');
    const created = await api().put('/api/v1/calendar/overrides/2026-09-14').set(admin).send({ kind: 'day-off', nameVi: 'Nghỉ hoán đổi (kiểm thử)', source: SOURCE }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ date: '2026-09-14', kind: 'day-off', source: SOURCE, version: 1 });
    expect(await confirmDeadline()).toBe('2026-09-24');
    const shown = await api().get('/api/v1/calendar/days').query({ from: '2026-09-14', to: '2026-09-14' }).set(officer).expect(200);
    expect((shown.body as { days: Day[] }).days[0]).toMatchObject({ working: false, origin: 'override', name: 'Nghỉ hoán đổi (kiểm thử)', source: { document: SOURCE } });

    const again = { kind: 'holiday', nameVi: 'Ngày nghỉ (kiểm thử)', source: SOURCE };
    expectEnvelope((await api().put('/api/v1/calendar/overrides/2026-09-14').set(admin).send(again).expect(428)).body, 'COMMON.PRECONDITION_REQUIRED');
    expectEnvelope((await api().put('/api/v1/calendar/overrides/2026-09-14').set(admin).set('If-Match', '"7"').send(again).expect(412)).body, 'COMMON.PRECONDITION_FAILED');
    const replaced = await api().put('/api/v1/calendar/overrides/2026-09-14').set(admin).set('If-Match', '"1"').send(again).expect(200);
    expect(replaced.headers.etag).toBe('"2"');
    const list = await api().get('/api/v1/calendar/overrides').set(admin).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ date: '2026-09-14', kind: 'holiday', version: 2 })]);

    await api().delete('/api/v1/calendar/overrides/2026-09-14').set(admin).expect(428);
    await api().delete('/api/v1/calendar/overrides/2026-09-14').set(admin).set('If-Match', '"1"').expect(412);
    await api().delete('/api/v1/calendar/overrides/2026-09-14').set(admin).set('If-Match', '"2"').expect(204);
    await api().delete('/api/v1/calendar/overrides/2026-09-14').set(admin).set('If-Match', '"2"').expect(404);
    expect(await confirmDeadline()).toBe('2026-09-23');

    const succeeded = (entries: AuditEntry[]) => entries.filter((e) => e.outcome === 'success');
    const entries = await auditEntries(e2e, admin, 'calendar.override', '2026-09-14', (found) => succeeded(found).length >= 3);
    const actions = succeeded(entries).map((e) => e.action);
    expect(actions.sort()).toEqual(['calendar.override.delete', 'calendar.override.put', 'calendar.override.put']);
  });
});
