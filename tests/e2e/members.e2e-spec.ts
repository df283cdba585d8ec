import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { auditEntries } from './support/audit-trail';

/** The member record through the gateway, over the real members service and databases. */
describe('members through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let root: string;
  let chiBoA: string;
  let chiBoB: string;
  let coSoA: string;
  let n = 0;

  const api = () => e2e.http();
  const numbers = () => {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    return { citizenId: `0010${tail.padStart(8, '0')}`, cardNumber: tail.padStart(8, '0').slice(-8) };
  };
  const memberBody = (orgId: string, extra: Record<string, unknown> = {}) => {
    const { citizenId, cardNumber } = numbers();
    return {
      orgId,
      fullName: 'Đặng Văn Đức',
      sex: 'male',
      dateOfBirth: '1984-02-10',
      citizenId,
      status: 'official',
      periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01' }],
      cards: [{ cardNumber, issuedOn: '2012-03-03' }],
      sensitive: { ethnicity: 'Tày', religion: 'Phật giáo', health: 'Tốt' },
      ...extra,
    };
  };
  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId, name, shortName: `M${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function userToken(role: string, homeOrgId: string, memberId?: string): Promise<Record<string, string>> {
    const username = `u${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Thử', homeOrgId, roles: [role], password, ...(memberId ? { memberId } : {}) }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }
  const auditFor = (action: string, targetId: string) => auditEntries(e2e, admin, action, targetId);


  beforeAll(async () => {
    e2e = await startE2eSystem('members');
    admin = bearer(e2e.token);
    root = await org(null, 'Đảng bộ các cơ quan Đảng Trung ương', 'dang-bo-truc-thuoc-tw');
    coSoA = await org(root, 'Đảng bộ Văn phòng Trung ương Đảng', 'dang-bo-co-so');
    const coSoB = await org(root, 'Đảng bộ Ban Tổ chức Trung ương', 'dang-bo-co-so');
    chiBoA = await org(coSoA, 'Chi bộ Vụ Tổng hợp', 'chi-bo-truc-thuoc');
    chiBoB = await org(coSoB, 'Chi bộ Vụ Cơ sở đảng', 'chi-bo-truc-thuoc');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('creates a record (201, Location, ETag) and reads it back; every read of a record is in the audit log with its org', async () => {
    const created = await api().post('/api/v1/members').set(admin).send(memberBody(chiBoA)).expect(201);
    const id = (created.body as { id: string }).id;
    expect(created.headers.location).toBe(`/api/v1/members/${id}`);
    expect(created.headers.etag).toBe('"1"');
    const read = await api().get(`/api/v1/members/${id}`).set(admin).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toMatchObject({ id, fullName: 'Đặng Văn Đức', orgId: chiBoA, status: 'official', periods: [{ admissionDecisionDate: '2010-05-15' }] });
    await api().get(`/api/v1/members/${id}`).set(admin).set('If-None-Match', '"1"').expect(304);
    const entries = await auditFor('members.record.read', id);
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]).toMatchObject({ action: 'members.record.read', outcome: 'success', target: { type: 'member', id, ownerOrgId: chiBoA } });
  });

  it('hides ethnicity, religion, family and health from a role without members:read-sensitive', async () => {
    const id = ((await api().post('/api/v1/members').set(admin).send(memberBody(chiBoA))).body as { id: string }).id;
    const office = await userToken('office', root);
    const res = await api().get(`/api/v1/members/${id}`).set(office).expect(200);
    expect(res.body).toMatchObject({ sensitive: null, sensitiveWithheld: true, fullName: 'Đặng Văn Đức' });
    expect(JSON.stringify(res.body)).not.toMatch(/Tày|Phật giáo/);
    const write = await api().patch(`/api/v1/members/${id}`).set(office).set('If-Match', '"1"').send({ occupation: 'x' }).expect(403);
    expectEnvelope(write.body, 'COMMON.FORBIDDEN');
  });

  it('answers 404 for a record outside the caller\'s subtree, and for its org\'s counts', async () => {
    const id = ((await api().post('/api/v1/members').set(admin).send(memberBody(chiBoA))).body as { id: string }).id;
    const officerB = await userToken('organization', chiBoB);
    expectEnvelope((await api().get(`/api/v1/members/${id}`).set(officerB).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().get(`/api/v1/orgs/${chiBoA}/member-counts`).set(officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    const denied = await auditFor('access.denied', id);
    expect(denied[0]).toMatchObject({ outcome: 'denied' });
  });

  it('validates with Vietnamese field details: 400 for bad input, 409 for a citizen ID already used', async () => {
    const bad = await api()
      .post('/api/v1/members')
      .set(admin)
      .set('Accept-Language', 'vi')
      .send(memberBody(chiBoA, { periods: [{ admissionDecisionDate: '2015-05-15', recognitionDate: '2015-12-01' }], cards: [{ cardNumber: '12ab', issuedOn: '2016-03-03' }] }))
      .expect(400);
    const envelope = expectEnvelope(bad.body, 'COMMON.VALIDATION_FAILED');
    expect(envelope.details?.map((d) => `${d.field}:${d.code}`)).toEqual(['periods[0].recognitionDate:probationTooShort', 'cards[0].cardNumber:cardNumberFormat']);
    expect(envelope.details?.[0].message).toContain('chưa đủ 12 tháng dự bị');
    const unknownField = await api().post('/api/v1/members').set(admin).send({ ...memberBody(chiBoA), passwordHash: 'x' }).expect(400);
    expect(expectEnvelope(unknownField.body, 'COMMON.VALIDATION_FAILED').details?.[0]).toMatchObject({ field: 'passwordHash' });
    const first = memberBody(chiBoA);
    await api().post('/api/v1/members').set(admin).send(first).expect(201);
    const taken = await api().post('/api/v1/members').set(admin).set('Accept-Language', 'en').send(memberBody(chiBoB, { citizenId: first.citizenId })).expect(409);
    expect(expectEnvelope(taken.body, 'MEMBERS.CITIZEN_ID_TAKEN').details).toEqual([{ field: 'citizenId', code: 'taken', message: 'citizenId: already used by another member' }]);
  });

  it('needs If-Match to change a record: 428 without, 412 when stale, 200 with the new ETag', async () => {
    const id = ((await api().post('/api/v1/members').set(admin).send(memberBody(chiBoA))).body as { id: string }).id;
    expectEnvelope((await api().patch(`/api/v1/members/${id}`).set(admin).send({ occupation: 'Vụ phó' }).expect(428)).body, 'COMMON.PRECONDITION_REQUIRED');
    const ok = await api().patch(`/api/v1/members/${id}`).set(admin).set('If-Match', '"1"').send({ occupation: 'Vụ phó' }).expect(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await api().patch(`/api/v1/members/${id}`).set(admin).set('If-Match', '"1"').send({ occupation: 'Vụ trưởng' }).expect(412);
    expectEnvelope(stale.body, 'MEMBERS.MEMBER_VERSION_MISMATCH');
    expect((await api().get(`/api/v1/members/${id}`).set(admin).expect(200)).body).toMatchObject({ occupation: 'Vụ phó', version: 2 });
  });

  it('lists and searches without diacritics, and the counts match the list', async () => {
    const cell = await org(coSoA, 'Chi bộ Vụ Đếm', 'chi-bo-truc-thuoc');
    await api().post('/api/v1/members').set(admin).send(memberBody(cell, { fullName: 'Nguyễn Thị Đào' })).expect(201);
    await api().post('/api/v1/members').set(admin).send(memberBody(cell, { fullName: 'Trần Văn Bình' })).expect(201);
    const probationary = memberBody(cell, { fullName: 'Lê Văn Cường', status: 'probationary', periods: [{ admissionDecisionDate: '2025-09-01' }], cards: [] });
    await api().post('/api/v1/members').set(admin).send(probationary).expect(201);
    const found = await api().get('/api/v1/members').query({ orgId: cell, q: 'nguyen thi dao' }).set(admin).expect(200);
    expect((found.body as { items: { fullName: string }[] }).items.map((m) => m.fullName)).toEqual(['Nguyễn Thị Đào']);
    // Each row names its org (from the gateway's replica of the tree, a moment behind the members service).
    const orgNamesOfRows = async () => ((await api().get('/api/v1/members').query({ orgId: cell }).set(admin).expect(200)).body as { items: { orgName: string | null }[] }).items.map((m) => m.orgName);
    for (let tries = 0; (await orgNamesOfRows()).includes(null) && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await orgNamesOfRows()).toEqual(['Chi bộ Vụ Đếm', 'Chi bộ Vụ Đếm', 'Chi bộ Vụ Đếm']);
    const officials = await api().get('/api/v1/members').query({ orgId: cell, status: 'official' }).set(admin).expect(200);
    const counts = await api().get(`/api/v1/orgs/${cell}/member-counts`).set(admin).expect(200);
    expect(counts.body).toMatchObject({ orgId: cell, includeSubtree: true, official: 2, probationary: 1, onRoll: 3, temporaryIn: 0 });
    expect((officials.body as { items: unknown[] }).items).toHaveLength(counts.body.official as number);
    const page = await api().get('/api/v1/members').query({ orgId: cell, limit: 2 }).set(admin).expect(200);
    const next = await api().get('/api/v1/members').query({ orgId: cell, limit: 2, cursor: page.body.nextCursor as string }).set(admin).expect(200);
    expect([...page.body.items, ...next.body.items]).toHaveLength(3);
    expectEnvelope((await api().get('/api/v1/members').query({ status: 'alive' }).set(admin).expect(400)).body, 'COMMON.VALIDATION_FAILED');
  });

  it('shows a member their own record (sensitive included, audited) and takes their correction request for the officers', async () => {
    const id = ((await api().post('/api/v1/members').set(admin).send(memberBody(chiBoA, { fullName: 'Hoàng Thị Tự' }))).body as { id: string }).id;
    const self = await userToken('member', chiBoA, id);
    const own = await api().get('/api/v1/me/member-record').set(self).expect(200);
    expect(own.body).toMatchObject({ id, fullName: 'Hoàng Thị Tự', sensitive: { ethnicity: 'Tày' }, sensitiveWithheld: false });
    expect((await auditFor('members.record.read-own', id))[0]).toMatchObject({ outcome: 'success', target: { type: 'member', id } });
    await api().get(`/api/v1/members/${id}`).set(self).expect(403);
    const asked = await api().post('/api/v1/me/member-record/corrections').set(self).send({ items: [{ field: 'homeTown', proposedValue: 'Nghệ An' }] }).expect(201);
    expect(asked.body).toMatchObject({ memberId: id, orgId: chiBoA, status: 'open' });
    const officer = await userToken('organization', root);
    const listed = await api().get(`/api/v1/orgs/${chiBoA}/member-corrections`).set(officer).expect(200);
    expect((listed.body as { items: { id: string }[] }).items.map((c) => c.id)).toContain((asked.body as { id: string }).id);
    const unlinked = await userToken('member', chiBoA);
    expectEnvelope((await api().get('/api/v1/me/member-record').set(unlinked).expect(404)).body, 'MEMBERS.MEMBER_RECORD_NOT_LINKED');
  });
});
