import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

/**
 * The badge register and "việc cần làm" through the gateway over the real members service: candidates
 * at an occasion, a badge recorded once, the daily job's list per org and for the signed-in officer,
 * each officer kept to their own subtree.
 */
describe('badge register and due items through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let unitA: string;
  let unitB: string;
  let cellA: string;
  let cellB: string;
  let root: string;
  let thirty: string;
  let inB: string;
  let n = 0;
  const api = () => e2e.http();
  const memberIds = (body: unknown) => (body as { items: { memberId: string }[] }).items.map((i) => i.memberId);

  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api()
      .post('/api/v1/orgs')
      .set(admin)
      .send({ parentId, name, shortName: `D${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function officer(homeOrgId: string): Promise<Record<string, string>> {
    const username = `d${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Thử', homeOrgId, roles: ['organization'], password }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }
  async function member(orgId: string, fullName: string, status: string, period: Record<string, string>): Promise<string> {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    const res = await api()
      .post('/api/v1/members')
      .set(admin)
      .send({ orgId, fullName, sex: 'male', dateOfBirth: '1970-04-02', citizenId: `0030${tail.padStart(8, '0')}`, status, periods: [period], cards: [] })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function runDueItemsJob(): Promise<void> {
    const jobs = e2e.system.services.members!.jobs!;
    const run = await jobs.enqueue('members.due-items', { on: '2026-08-10', horizonDays: 30 }, null);
    for (let i = 0; i < 600; i += 1) {
      const now = await jobs.get(run.id);
      if (now.status === 'succeeded') return;
      if (now.status === 'failed') throw new Error(`due-items run failed: ${now.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('due-items run did not finish');
  }

  beforeAll(async () => {
    e2e = await startE2eSystem('due-items');
    admin = bearer(e2e.token);
    // The boot's catch-up run (today, 30 s after start) would replace the day this spec computes.
    const jobs = e2e.system.services.members!.jobs!;
    for (const run of (await jobs.list({ jobName: 'members.due-items', status: 'queued' })).items) {
      await jobs.cancel(run.id, { type: 'system', id: 'e2e', name: 'Kiểm thử' });
    }
    root = await org(null, 'Đảng bộ Khối Thử nghiệm', 'dang-bo-truc-thuoc-tw');
    unitA = await org(root, 'Đảng bộ Sở Tư pháp', 'dang-bo-co-so');
    cellA = await org(unitA, 'Chi bộ Phòng Hộ tịch', 'chi-bo-truc-thuoc');
    unitB = await org(root, 'Đảng bộ Sở Y tế', 'dang-bo-co-so');
    cellB = await org(unitB, 'Chi bộ Phòng Nghiệp vụ', 'chi-bo-truc-thuoc');
    thirty = await member(cellA, 'Lê Văn Ba Mươi', 'official', { admissionDecisionDate: '1996-08-20', recognitionDate: '1997-08-20' });
    inB = await member(cellB, 'Mai Văn Bên Kia', 'official', { admissionDecisionDate: '1996-08-01', recognitionDate: '1997-08-01' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('lists badge candidates with why, records a badge once, and keeps subtrees apart', async () => {
    const officerA = await officer(unitA);
    const officerB = await officer(unitB);

    const page = await api().get(`/api/v1/orgs/${unitA}/badge-candidates`).query({ occasion: '2026-09-02' }).set(officerA).expect(200);
    expect(page.body).toMatchObject({ occasion: '2026-09-02', occasionName: 'Quốc khánh (2/9)', nextCursor: null });
    expect(page.body.items).toEqual([
      expect.objectContaining({ memberId: thirty, milestone: 30, reachDate: '2026-08-20', basis: 'regular', decision: 'eligible', orgName: 'Chi bộ Phòng Hộ tịch' }),
    ]);
    expect((await api().get(`/api/v1/orgs/${unitA}/badge-candidates`).query({ occasion: '2026-09-02', milestone: 40 }).set(officerA).expect(200)).body.items).toEqual([]);
    const notOccasion = await api().get(`/api/v1/orgs/${unitA}/badge-candidates`).query({ occasion: '2026-09-03' }).set(officerA).set('Accept-Language', 'vi').expect(400);
    expect(expectEnvelope(notOccasion.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'occasion', code: 'notAnAwardOccasion' })]);
    expectEnvelope((await api().get(`/api/v1/orgs/${unitA}/badge-candidates`).query({ occasion: '2026-09-02' }).set(officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    const ofB = await api().get(`/api/v1/orgs/${unitB}/badge-candidates`).query({ occasion: '2026-09-02' }).set(officerB).expect(200);
    expect(memberIds(ofB.body)).toEqual([inB]);

    const body = { milestone: 30, occasionDate: '2026-09-02', basis: 'regular', decisionNumber: '1250-QĐ/TU', decisionDate: '2026-08-20', badgeNumber: 'HH-30-0001' };
    const bad = await api().post(`/api/v1/members/${thirty}/badges`).set(officerA).send({ ...body, milestone: 31 }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'milestone' })]);
    expectEnvelope((await api().post(`/api/v1/members/${thirty}/badges`).set(officerB).send(body).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    expectEnvelope((await api().post(`/api/v1/members/${thirty}/badges`).set(officerA).send({ ...body, milestone: 40 }).expect(422)).body, 'COMMON.RULE_VIOLATION');
    const saved = await api().post(`/api/v1/members/${thirty}/badges`).set(officerA).send(body).expect(201);
    expect(saved.body).toMatchObject({ memberId: thirty, milestone: 30, badgeNumber: 'HH-30-0001' });
    expect(saved.headers.location).toBe(`/api/v1/members/${thirty}/badges`);
    expectEnvelope((await api().post(`/api/v1/members/${thirty}/badges`).set(officerA).send(body).expect(409)).body, 'COMMON.CONFLICT');
    expect((await api().get(`/api/v1/members/${thirty}/badges`).set(officerA).expect(200)).body).toEqual([expect.objectContaining({ milestone: 30 })]);
    await api().get(`/api/v1/members/${thirty}/badges`).set(officerB).expect(404);
    expect((await api().get(`/api/v1/orgs/${unitA}/badge-candidates`).query({ occasion: '2026-09-02' }).set(officerA).expect(200)).body.items).toEqual([]);
  });

  it('shows the daily list per org and for the signed-in officer, each in their own scope', async () => {
    const probationary = await member(cellA, 'Trần Thị Sắp Chính Thức', 'probationary', { admissionDecisionDate: '2025-08-01', ceremonyDate: '2025-08-15' });
    const officerA = await officer(unitA);
    const officerB = await officer(unitB);
    await runDueItemsJob();

    // Kinds asked one by one: whether the first test gave its badge before the run does not matter here.
    const ofA = await api().get(`/api/v1/orgs/${unitA}/due-items`).query({ kind: 'recognition' }).set(officerA).expect(200);
    expect(ofA.body.computedOn).toBe('2026-08-10');
    expect(ofA.body.items).toEqual([
      expect.objectContaining({ kind: 'recognition', memberId: probationary, dueOn: '2026-09-29', detail: { dueDate: '2026-08-15', decisionDate: '2025-08-01', ceremonyDate: '2025-08-15' } }),
    ]);
    const mineA = await api().get('/api/v1/me/due-items').query({ kind: 'recognition' }).set(officerA).expect(200);
    expect(memberIds(mineA.body)).toEqual([probationary]);
    const mineB = await api().get('/api/v1/me/due-items').set(officerB).expect(200);
    expect(memberIds(mineB.body)).toEqual([inB]);
    expect(mineB.body.items).toEqual([expect.objectContaining({ kind: 'badge', dueOn: '2026-09-02', detail: expect.objectContaining({ milestone: 30 }) })]);
    expectEnvelope((await api().get(`/api/v1/orgs/${unitA}/due-items`).set(officerB).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
    await api().get(`/api/v1/orgs/${unitA}/due-items`).query({ kind: 'nothing' }).set(officerA).expect(400);
    await api().get('/api/v1/me/due-items').expect(401);
  });

  it('records discipline and serious illness through HTTP, and the register follows them', async () => {
    // A subtree of its own: the other tests' exact lists of A stay as they are, whatever the order.
    const unitC = await org(root, 'Đảng bộ Sở Xây dựng', 'dang-bo-co-so');
    const cellC = await org(unitC, 'Chi bộ Phòng Quy hoạch', 'chi-bo-truc-thuoc');
    const officerA = await officer(unitC);
    const officerB = await officer(unitB);
    const warned = await member(cellC, 'Vũ Văn Cảnh Cáo', 'official', { admissionDecisionDate: '1996-08-20', recognitionDate: '1997-08-20' });
    const ill = await member(cellC, 'Hoàng Văn Ốm', 'official', { admissionDecisionDate: '1997-03-01', recognitionDate: '1998-03-01' });
    const candidates = async () =>
      (await api().get(`/api/v1/orgs/${unitC}/badge-candidates`).query({ occasion: '2026-09-02', limit: 200 }).set(officerA).expect(200)).body as {
        items: { memberId: string; decision: string; basis: string; notBefore: string | null; nextOccasion: string | null }[];
      };
    const discipline = { form: 'canh-cao', decidedOn: '2026-05-01', decisionRef: '15-QĐ/ĐU' };
    const bad = await api().post(`/api/v1/members/${warned}/disciplines`).set(officerA).send({ ...discipline, form: 'khai-tru' }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'form' })]);
    expectEnvelope((await api().post(`/api/v1/members/${warned}/disciplines`).set(officerB).send(discipline).expect(404)).body, 'MEMBERS.MEMBER_NOT_FOUND');
    const recorded = await api().post(`/api/v1/members/${warned}/disciplines`).set(officerA).send(discipline).expect(201);
    expect(recorded.body.disciplines).toEqual([expect.objectContaining({ form: 'canh-cao', decidedOn: '2026-05-01', decisionRef: '15-QĐ/ĐU', badgeDelayMonths: 6, badgeNotBefore: '2026-11-01' })]);
    expect(recorded.body.rule.disciplineDelays).toEqual([
      { form: 'khien-trach', months: 0 },
      { form: 'canh-cao', months: 6 },
      { form: 'cach-chuc', months: 12 },
    ]);
    expect((await candidates()).items.find((i) => i.memberId === warned)).toMatchObject({ decision: 'delayed', notBefore: '2026-11-01', nextOccasion: '2026-11-07' });

    expect((await candidates()).items.map((i) => i.memberId)).not.toContain(ill);
    await api().put(`/api/v1/members/${ill}/serious-illness`).set(officerA).send({ since: '2026-06-01', note: 'Điều trị dài ngày' }).expect(200);
    expect((await candidates()).items.find((i) => i.memberId === ill)).toMatchObject({ basis: 'early-serious-illness', decision: 'eligible' });
    expect((await api().get(`/api/v1/members/${ill}/badge-circumstances`).set(officerA).expect(200)).body.seriousIllness).toEqual({ since: '2026-06-01', note: 'Điều trị dài ngày' });
    await api().delete(`/api/v1/members/${ill}/serious-illness`).set(officerB).expect(404);
    await api().delete(`/api/v1/members/${ill}/serious-illness`).set(officerA).expect(200);
    expect((await candidates()).items.map((i) => i.memberId)).not.toContain(ill);
  });
});
