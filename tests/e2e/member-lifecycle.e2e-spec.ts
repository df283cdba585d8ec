import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries } from './support/audit-trail';

/** The lifecycle routes through the gateway over the real members service: one action end to end, and its refusals. */
describe('member lifecycle through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let chiBo: string;
  let n = 0;

  const api = () => e2e.http();
  const probationary = async (): Promise<string> => {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    const res = await api()
      .post('/api/v1/members')
      .set(admin)
      .send({
        orgId: chiBo,
        fullName: 'Trần Thị Bình',
        sex: 'female',
        dateOfBirth: '1998-07-20',
        citizenId: `0030${tail.padStart(8, '0')}`,
        status: 'probationary',
        periods: [{ admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-15' }],
      })
      .expect(201);
    return (res.body as { id: string }).id;
  };
  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId, name, shortName: `L${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' })
      .expect(201);
    return (res.body as { id: string }).id;
  }

  beforeAll(async () => {
    e2e = await startE2eSystem('mlife');
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Tỉnh Thử nghiệm', 'dang-bo-truc-thuoc-tw');
    const coSo = await org(root, 'Đảng bộ Sở Tư pháp', 'dang-bo-co-so');
    chiBo = await org(coSo, 'Chi bộ Phòng Hành chính', 'chi-bo-truc-thuoc');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const approved = {
    outcome: 'approved',
    consideredOn: '2026-11-10',
    votes: { inFavour: 7, eligible: 9 },
    decision: { number: '301-QĐ/ĐU', date: '2026-11-20', issuer: 'Đảng ủy Sở Tư pháp' },
  };

  it('reads the computed dates, then records a late approval: official from the due date, new ETag, history row', async () => {
    const id = await probationary();
    const before = await api().get(`/api/v1/members/${id}/lifecycle`).set(admin).expect(200);
    const due = (before.body.dates as { key: string; date: string; rule: { table: string } }[]).find((d) => d.key === 'recognition-due');
    expect(due).toMatchObject({ date: '2026-09-15', rule: { table: 'probation-length' } });
    const res = await api().post(`/api/v1/members/${id}/lifecycle/recognition`).set(admin).set('If-Match', '"1"').send(approved).expect(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body.member).toMatchObject({ id, status: 'official', statusSince: '2026-09-15', version: 2 });
    expect(res.body.event).toMatchObject({ kind: 'recognised', effectiveOn: '2026-09-15', details: { consideredLate: true, considerBy: '2026-10-27' } });
    const after = await api().get(`/api/v1/members/${id}/lifecycle`).set(admin).expect(200);
    expect((after.body as { history: { kind: string }[] }).history.map((h) => h.kind)).toEqual(['recognised']);
    // The action and the reads are audited with the record as target.
    // The audit log is written after the answer: auditEntries waits for the entries expected.
    for (const [action, expected] of [['members.lifecycle.recognition', 1], ['members.lifecycle.read', 2]] as const) {
      const found = await auditEntries(e2e, admin, action, id, (entries) => entries.length >= expected);
      expect({ action, found: found.length }).toEqual({ action, found: expected });
    }
  });

  it('answers 428 without If-Match, 412 on a stale one, 400 at the field for a bad date, 422 with a code for the wrong status', async () => {
    const id = await probationary();
    const url = `/api/v1/members/${id}/lifecycle/recognition`;
    await api().post(url).set(admin).send(approved).expect(428);
    expectEnvelope((await api().post(url).set(admin).set('If-Match', '"9"').send(approved).expect(412)).body, 'MEMBERS.MEMBER_VERSION_MISMATCH');
    const bad = await api().post(url).set(admin).set('If-Match', '"1"').set('Accept-Language', 'vi').send({ ...approved, consideredOn: '2026-09-01' }).expect(400);
    expectEnvelope(bad.body, 'COMMON.VALIDATION_FAILED');
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'consideredOn', code: 'beforeDue', message: 'consideredOn: chỉ xét công nhận chính thức khi hết 12 tháng dự bị (15/09/2026)' })]);
    const exempt = await api()
      .post(`/api/v1/members/${id}/lifecycle/exemption`)
      .set(admin)
      .set('If-Match', '"1"')
      .send({ ground: 'tuoi-cao', decision: { number: '05-NQ/CB', date: '2026-03-02', issuer: 'Chi bộ' }, effectiveOn: '2026-03-02' })
      .expect(422);
    expectEnvelope(exempt.body, 'COMMON.RULE_VIOLATION');
    expect(exempt.body.details).toEqual([expect.objectContaining({ field: 'status', code: 'statusNotAllowed' })]);
    await api().get(`/api/v1/members/${randomUUID()}/lifecycle`).set(admin).expect(404);
    await api().get(`/api/v1/members/${id}/lifecycle`).expect(401);
  });

  it('pages the history with limit and cursor (historyNextCursor), and refuses a cursor it did not issue at the field', async () => {
    const id = await probationary();
    await api().post(`/api/v1/members/${id}/lifecycle/recognition`).set(admin).set('If-Match', '"1"').send(approved).expect(200);
    const paper = { decision: { number: '05-NQ/CB', date: '2026-11-24', issuer: 'Chi bộ' }, effectiveOn: '2026-11-24' };
    await api().post(`/api/v1/members/${id}/lifecycle/exemption`).set(admin).set('If-Match', '"2"').send({ ...paper, ground: 'suc-khoe-yeu' }).expect(200);
    const url = `/api/v1/members/${id}/lifecycle`;
    const first = await api().get(url).query({ limit: 1 }).set(admin).expect(200);
    expect((first.body as { history: { kind: string }[] }).history.map((h) => h.kind)).toEqual(['exempted']);
    const cursor = (first.body as { historyNextCursor: string }).historyNextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await api().get(url).query({ limit: 1, cursor }).set(admin).expect(200);
    expect(second.body).toMatchObject({ history: [{ kind: 'recognised' }], historyNextCursor: null, status: 'exempt' });
    expect((await api().get(url).set(admin).expect(200)).body).toMatchObject({ history: [{ kind: 'exempted' }, { kind: 'recognised' }], historyNextCursor: null });
    const forged = await api().get(url).query({ cursor: 'abc' }).set(admin).set('Accept-Language', 'vi').expect(400);
    expect(expectEnvelope(forged.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })]);
    expectEnvelope((await api().get(url).query({ limit: 201 }).set(admin).expect(400)).body, 'COMMON.VALIDATION_FAILED');
  });
});
