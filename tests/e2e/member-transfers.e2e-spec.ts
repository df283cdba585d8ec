import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries, withStatuses } from './support/audit-trail';

/**
 * Chuyển sinh hoạt đảng between two sibling subtrees through the gateway, over the real members
 * service: each officer sees the transfer from its side and never the other side's other members.
 */
describe('member transfers through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let chiBoA: string;
  let chiBoB: string;
  let officerA: Record<string, string>;
  let officerB: Record<string, string>;
  let n = 0;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

  const api = () => e2e.http();
  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId, name, shortName: `T${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function member(orgId: string, fullName: string): Promise<string> {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    const res = await api()
      .post('/api/v1/members')
      .set(admin)
      .send({
        orgId,
        fullName,
        sex: 'female',
        dateOfBirth: '1986-04-02',
        citizenId: `0020${tail.padStart(8, '0')}`,
        status: 'official',
        periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01' }],
        cards: [{ cardNumber: tail.padStart(8, '0').slice(-8), issuedOn: '2012-03-03' }],
      })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function officer(homeOrgId: string): Promise<Record<string, string>> {
    const username = `t${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Tổ chức', homeOrgId, roles: ['organization'], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }
  /** The audit entries of `action` about `targetId`, once one with `status` is written (the log is written after the answer). */
  /** The audit entries of `action` on `targetId`, once one of each status in `statuses` is there (the audit log is written after the answer). */
  const auditFor = (action: string, targetId: string, statuses = [200]) => auditEntries(e2e, admin, action, targetId, withStatuses(...statuses));

  const letter = (memberId: string, toOrgId: string) => ({
    memberId,
    kind: 'official',
    toOrgId,
    letterNumber: '21-GGT/ĐU',
    letterDate: today,
    letterIssuer: 'Ban Thường vụ Đảng ủy Văn phòng Trung ương Đảng',
    movedOn: daysBefore(today, 3),
  });

  beforeAll(async () => {
    e2e = await startE2eSystem('mtransfer');
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ các cơ quan Đảng Trung ương', 'dang-bo-truc-thuoc-tw');
    const coSoA = await org(root, 'Đảng bộ Văn phòng Trung ương Đảng', 'dang-bo-co-so');
    const coSoB = await org(root, 'Đảng bộ Ban Tổ chức Trung ương', 'dang-bo-co-so');
    chiBoA = await org(coSoA, 'Chi bộ Vụ Tổng hợp', 'chi-bo-truc-thuoc');
    chiBoB = await org(coSoB, 'Chi bộ Vụ Cơ sở đảng', 'chi-bo-truc-thuoc');
    officerA = await officer(coSoA);
    officerB = await officer(coSoB);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('A issues, B sees the transfer but none of A\'s other members, confirms with If-Match, and then holds the record A no longer sees', async () => {
    const moving = await member(chiBoA, 'Phạm Thị Hoa');
    const stayingInA = await member(chiBoA, 'Lê Văn Nam');
    const ofB = await member(chiBoB, 'Vũ Thị Lan');

    const issued = await api().post('/api/v1/member-transfers').set(officerA).send(letter(moving, chiBoB)).expect(201);
    const id = (issued.body as { id: string }).id;
    expect(issued.headers.location).toBe(`/api/v1/member-transfers/${id}`);
    expect(issued.headers.etag).toBe('"1"');
    expect(issued.body).toMatchObject({ state: 'in-transit', fromOrg: { id: chiBoA }, toOrg: { id: chiBoB }, member: { id: moving, fullName: 'Phạm Thị Hoa' } });
    expect((issued.body as { rules: { document: string }[] }).rules[0].document).toContain('294-QĐ/TW');

    // B: the transfer, in its inbox and by id — nothing else of A.
    const inbox = await api().get('/api/v1/member-transfers/incoming').set(officerB).expect(200);
    expect((inbox.body as { items: { id: string }[] }).items.map((t) => t.id)).toEqual([id]);
    expect((await api().get(`/api/v1/member-transfers/${id}`).set(officerB).expect(200)).headers.etag).toBe('"1"');
    expect(await auditFor('members.transfer.read', id)).toEqual([expect.objectContaining({ action: 'members.transfer.read', target: expect.objectContaining({ type: 'member-transfer', id }) as unknown })]);
    expect((await api().get('/api/v1/member-transfers/outgoing').set(officerB).expect(200)).body).toEqual({ items: [], nextCursor: null });
    for (const other of [moving, stayingInA]) expectEnvelope((await api().get(`/api/v1/members/${other}`).set(officerB).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().get('/api/v1/members').query({ orgId: chiBoA }).set(officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    const rollB = (await api().get('/api/v1/members').set(officerB).expect(200)).body as { items: { id: string }[] };
    expect(rollB.items.map((m) => m.id)).toEqual([ofB]);
    // A: never B's member; cannot confirm for B; cannot issue for B's member.
    expectEnvelope((await api().get(`/api/v1/members/${ofB}`).set(officerA).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerA).set('If-Match', '"1"').send({}).expect(403)).body, 'COMMON.FORBIDDEN');
    expectEnvelope((await api().post('/api/v1/member-transfers').set(officerA).send(letter(ofB, chiBoA)).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');

    // If-Match on the decision: missing 428, stale 412, current 200.
    expectEnvelope((await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerB).send({}).expect(428)).body, 'COMMON.PRECONDITION_REQUIRED');
    expectEnvelope((await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerB).set('If-Match', '"5"').send({}).expect(412)).body, 'COMMON.PRECONDITION_FAILED');
    const confirmed = await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerB).set('If-Match', '"1"').send({ note: 'Đã xuất trình giấy giới thiệu' }).expect(200);
    expect(confirmed.headers.etag).toBe('"2"');
    // Every attempt is in the audit log (the refused 428/412 ones too), the decision with 200.
    expect((await auditFor('members.transfer.confirm', id, [200, 412, 428])).map((e) => e.statusCode)).toEqual(expect.arrayContaining([200, 412, 428]));
    expect(confirmed.body).toMatchObject({ state: 'confirmed', decidedOn: today });
    expectEnvelope((await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerB).set('If-Match', '"2"').send({}).expect(409)).body, 'COMMON.CONFLICT');

    expect((await api().get(`/api/v1/members/${moving}`).set(officerB).expect(200)).body).toMatchObject({ orgId: chiBoB, status: 'official' });
    expectEnvelope((await api().get(`/api/v1/members/${moving}`).set(officerA).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().get(`/api/v1/members/${stayingInA}`).set(officerB).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    const outboxA = (await api().get('/api/v1/member-transfers/outgoing').query({ state: 'confirmed' }).set(officerA).expect(200)).body as { items: { id: string }[] };
    expect(outboxA.items.map((t) => t.id)).toEqual([id]);
  });

  it('ends a confirmed temporary transfer early from the home side: If-Match, a refused day at the field, 404 from a third subtree, a retry replays, 409 once returned', async () => {
    const away = await member(chiBoA, 'Nguyễn Thị Tạm');
    const period = { kind: 'temporary', temporaryReason: 'residence-or-work', temporaryFrom: daysBefore(today, 3), temporaryUntil: daysBefore(today, -120) };
    const issued = await api().post('/api/v1/member-transfers').set(officerA).send({ ...letter(away, chiBoB), ...period }).expect(201);
    const id = (issued.body as { id: string }).id;
    await api().post(`/api/v1/member-transfers/${id}/confirm`).set(officerB).set('If-Match', '"1"').send({}).expect(200);
    const url = `/api/v1/member-transfers/${id}/return`;
    expectEnvelope((await api().post(url).set(officerA).send({ returnedOn: today }).expect(428)).body, 'COMMON.PRECONDITION_REQUIRED');
    expectEnvelope((await api().post(url).set(officerA).set('If-Match', '"1"').send({ returnedOn: today }).expect(412)).body, 'COMMON.PRECONDITION_FAILED');
    const early = await api().post(url).set(officerA).set('If-Match', '"2"').set('Accept-Language', 'vi').send({ returnedOn: daysBefore(today, 30) }).expect(400);
    expect(expectEnvelope(early.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'returnedOn', code: 'beforeFrom' })]);
    const typo = await api().post(url).set(officerA).set('If-Match', '"2"').send({ returnedOn: 'hôm qua' }).expect(400);
    expect(expectEnvelope(typo.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'returnedOn' })]);
    const stranger = await officer(await org(null, 'Đảng bộ Khối Doanh nghiệp Trung ương', 'dang-bo-truc-thuoc-tw'));
    expectEnvelope((await api().post(url).set(stranger).set('If-Match', '"2"').send({ returnedOn: today }).expect(404)).body, 'COMMON.NOT_FOUND');

    const key = randomUUID();
    const send = () => api().post(url).set(officerA).set('If-Match', '"2"').set('Idempotency-Key', key).send({ returnedOn: today, note: 'Kết thúc đợt công tác' });
    const done = await send().expect(200);
    expect(done.headers.etag).toBe('"3"');
    expect(done.body).toMatchObject({ state: 'returned', returnedOn: today, returnNote: 'Kết thúc đợt công tác', decidedOn: today });
    const retry = await send().expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(done.body);
    expectEnvelope((await api().post(url).set(officerB).set('If-Match', '"3"').send({ returnedOn: today }).expect(409)).body, 'COMMON.CONFLICT');
    expect((await api().get(`/api/v1/members/${away}`).set(officerA).expect(200)).body).toMatchObject({ status: 'official', orgId: chiBoA });
    expect((await auditFor('members.transfer.return', id, [200, 400, 409, 412, 428])).map((e) => e.statusCode)).toEqual(expect.arrayContaining([200, 400, 409, 412, 428]));
  });

  it('refuses an invalid issue at the fields in Vietnamese, and computes deadlines across Tết', async () => {
    const someone = await member(chiBoA, 'Đỗ Văn Tâm');
    const bad = await api()
      .post('/api/v1/member-transfers')
      .set(officerA)
      .send({ ...letter(someone, chiBoB), kind: 'temporary', letterDate: 'hôm nay' })
      .expect(400);
    const envelope = expectEnvelope(bad.body, 'COMMON.VALIDATION_FAILED');
    const fields = (envelope.details ?? []).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['letterDate', 'temporaryReason', 'temporaryFrom', 'temporaryUntil']));
    const late = await api()
      .post('/api/v1/member-transfers')
      .set(officerA)
      .send({ ...letter(someone, chiBoB), movedOn: daysBefore(today, 120) })
      .expect(400);
    expect(expectEnvelope(late.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'lateExplanation', code: 'required' })]);
    expect((await api().get(`/api/v1/members/${someone}`).set(officerA).expect(200)).body).toMatchObject({ status: 'official' });

    const deadlines = await api().get('/api/v1/member-transfers/deadlines').query({ movedOn: '2025-12-31', letterDate: '2026-02-02' }).set(officerB).expect(200);
    expect(deadlines.body).toMatchObject({ startDeadline: '2026-04-02', confirmDeadline: '2026-03-23', startLate: false });
    expectEnvelope((await api().get('/api/v1/member-transfers/deadlines').query({ movedOn: '2025-06-01', letterDate: '2025-06-02' }).set(officerB).expect(400)).body, 'COMMON.VALIDATION_FAILED');
  });
});
