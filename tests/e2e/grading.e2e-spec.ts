import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

const inDays = (n: number) => new Date(Date.now() + 7 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** Annual grading through the gateway over the real members service: campaign, self-assessment, proposal, decision, cap, roll-up. */
describe('annual grading through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let coSo: string;
  let chiBo: string;
  let otherChiBo: string;
  const members: string[] = [];
  let exemptId: string;

  const api = () => e2e.http();
  let n = 0;
  async function org(parentId: string | null, name: string, kind: string): Promise<string> {
    const res = await api().post('/api/v1/orgs').set(admin).send({ parentId, name, shortName: `G${randomUUID().slice(0, 6).toUpperCase()}`, kind, validFrom: '2025-02-03' }).expect(201);
    return (res.body as { id: string }).id;
  }
  async function member(orgId: string, fullName: string, status = 'official'): Promise<string> {
    n += 1;
    const tail = String((Date.now() % 1_000_000) * 100 + n);
    const res = await api()
      .post('/api/v1/members')
      .set(admin)
      .send({ orgId, fullName, sex: 'male', dateOfBirth: '1980-01-02', citizenId: `0030${tail.padStart(8, '0')}`, status, periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01' }] })
      .expect(201);
    return (res.body as { id: string }).id;
  }
  async function userToken(role: string, homeOrgId: string, memberId?: string): Promise<Record<string, string>> {
    const username = `g${randomUUID().slice(0, 8)}`;
    const password = 'Mật-khẩu-Đủ-Mạnh-2026';
    await api().post('/api/v1/users').set(admin).send({ username, fullName: 'Người Thử', homeOrgId, roles: [role], password, ...(memberId ? { memberId } : {}) }).expect(201);
    const login = await api().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return bearer((login.body as { accessToken: string }).accessToken);
  }

  beforeAll(async () => {
    e2e = await startE2eSystem('grading');
    admin = bearer(e2e.token);
    const root = await org(null, 'Đảng bộ Tỉnh Thử nghiệm', 'dang-bo-truc-thuoc-tw');
    coSo = await org(root, 'Đảng bộ Sở Nội vụ', 'dang-bo-co-so');
    chiBo = await org(coSo, 'Chi bộ Phòng Tổ chức', 'chi-bo-truc-thuoc');
    otherChiBo = await org(await org(root, 'Đảng bộ Sở Tài chính', 'dang-bo-co-so'), 'Chi bộ Phòng Ngân sách', 'chi-bo-truc-thuoc');
    for (const name of ['Nguyễn Văn Một', 'Trần Văn Hai', 'Lê Văn Ba', 'Phạm Văn Bốn', 'Hoàng Văn Năm']) members.push(await member(chiBo, name));
    exemptId = await member(chiBo, 'Vũ Văn Miễn', 'exempt');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('runs a campaign: opened by the đảng bộ, self-assessed by the member themself, proposed by the chi bộ, decided above it, with the cap and the roll-up', async () => {
    const superior = await userToken('organization', coSo);
    const chiBoOfficer = await userToken('organization', chiBo);
    const outsider = await userToken('organization', otherChiBo);

    const bad = await api().post(`/api/v1/orgs/${coSo}/grading-campaigns`).set(superior).send({ year: 2024, title: '', deadline: '2026-02-30', memberId: members[0] }).expect(400);
    expect(expectEnvelope(bad.body, 'COMMON.VALIDATION_FAILED').details?.map((d) => d.field).sort()).toEqual(['deadline', 'memberId', 'title', 'year']);
    const opened = await api().post(`/api/v1/orgs/${coSo}/grading-campaigns`).set(superior).send({ year: 2025, title: 'Đánh giá, xếp loại năm 2025', deadline: inDays(30) }).expect(201);
    const id = (opened.body as { id: string }).id;
    expect(opened.headers.location).toBe(`/api/v1/grading-campaigns/${id}`);
    expect(opened.headers.etag).toBe('"1"');
    expect(opened.body).toMatchObject({ year: 2025, memberCount: 6, excludedCount: 1, orgCount: 2, status: 'open' });
    expectEnvelope((await api().get(`/api/v1/grading-campaigns/${id}`).set(outsider).expect(404)).body, 'COMMON.NOT_FOUND');

    // The member assesses themself: the member comes from the account link, never from the body.
    const self = await userToken('member', chiBo, members[0]);
    const mine = await api().get(`/api/v1/me/grading-campaigns/${id}/grading`).set(self).expect(200);
    expect(mine.body).toMatchObject({ memberId: members[0], step: 'pending' });
    const listed = await api().get('/api/v1/me/gradings').set(self).expect(200);
    expect(listed.body).toEqual([{ ...mine.body, campaign: { title: 'Đánh giá, xếp loại năm 2025', year: 2025, deadline: inDays(30), status: 'open', rootOrgName: 'Đảng bộ Sở Nội vụ' } }]);
    expectEnvelope((await api().get('/api/v1/me/gradings').set(superior).expect(404)).body, 'MEMBERS.MEMBER_RECORD_NOT_LINKED');
    await api().get('/api/v1/grading-campaigns').set(self).expect(403);
    const smuggled = await api().put(`/api/v1/me/grading-campaigns/${id}/self-assessment`).set(self).set('If-Match', mine.headers.etag).send({ points: 80, level: 'hoan-thanh-tot', memberId: members[1] }).expect(400);
    expect(expectEnvelope(smuggled.body, 'COMMON.VALIDATION_FAILED').details?.map((d) => d.field)).toEqual(['memberId']);
    await api().put(`/api/v1/me/grading-campaigns/${id}/self-assessment`).set(self).send({ points: 80, level: 'hoan-thanh-tot' }).expect(428);
    const assessed = await api().put(`/api/v1/me/grading-campaigns/${id}/self-assessment`).set(self).set('If-Match', mine.headers.etag).send({ points: 80, level: 'hoan-thanh-tot' }).expect(200);
    expect(assessed.body).toMatchObject({ memberId: members[0], step: 'self-assessed', selfAssessment: { points: 80, level: 'hoan-thanh-tot' } });
    const list = await api().get(`/api/v1/grading-campaigns/${id}/member-gradings`).query({ orgId: chiBo }).set(chiBoOfficer).expect(200);
    const rows = (list.body as { items: { memberId: string; step: string; version: number; exclusionReason: string | null }[] }).items;
    expect(rows.filter((r) => r.step === 'self-assessed').map((r) => r.memberId)).toEqual([members[0]]);
    expect(rows.find((r) => r.memberId === exemptId)?.exclusionReason).toBe('exempt');

    // The chi bộ proposes; deciding is for the level above.
    const version = (memberId: string) => `"${rows.find((r) => r.memberId === memberId)!.version}"`;
    const step = (who: Record<string, string>, memberId: string, kind: 'proposal' | 'decision', ifMatch: string, body: object) =>
      api().post(`/api/v1/grading-campaigns/${id}/member-gradings/${memberId}/${kind}`).set(who).set('If-Match', ifMatch).send(body);
    const proposed = await step(chiBoOfficer, members[0], 'proposal', assessed.headers.etag, { points: 92, level: 'hoan-thanh-xuat-sac' }).expect(200);
    expectEnvelope((await step(chiBoOfficer, members[0], 'decision', proposed.headers.etag, { points: 92, level: 'hoan-thanh-xuat-sac' }).expect(403)).body, 'COMMON.FORBIDDEN');
    const capped = await step(superior, members[0], 'decision', proposed.headers.etag, { points: 92, level: 'hoan-thanh-xuat-sac' }).expect(422);
    // The envelope's message is the code's; the detail at `level` names the cap and the count.
    const capDetail = expectEnvelope(capped.body, 'COMMON.RULE_VIOLATION').details?.[0];
    expect(capDetail).toMatchObject({ field: 'level', code: 'excellentCap' });
    expect(capDetail?.message).toContain('không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ trở lên');
    expect(capDetail?.message).toContain('chỉ được tối đa 0; quyết định này sẽ là 1');
    const above = await step(superior, members[0], 'decision', proposed.headers.etag, { points: 85, level: 'hoan-thanh-xuat-sac' }).expect(400);
    expect(expectEnvelope(above.body, 'COMMON.VALIDATION_FAILED').details?.[0]).toMatchObject({ field: 'level', code: 'aboveBand' });
    for (const m of members.slice(1)) {
      const p = await step(chiBoOfficer, m, 'proposal', version(m), { points: 80, level: 'hoan-thanh-tot' }).expect(200);
      await step(superior, m, 'decision', p.headers.etag, { points: 80, level: 'hoan-thanh-tot', decisionRef: '15-QĐ/ĐU' }).expect(200);
    }
    const decided = await step(superior, members[0], 'decision', proposed.headers.etag, { points: 92, level: 'hoan-thanh-xuat-sac', decisionRef: '15-QĐ/ĐU' }).expect(200);
    expect(decided.body).toMatchObject({ step: 'decided', decision: { level: 'hoan-thanh-xuat-sac', decisionRef: '15-QĐ/ĐU' } });
    expectEnvelope((await step(superior, members[0], 'decision', proposed.headers.etag, { points: 92, level: 'hoan-thanh-xuat-sac' }).expect(412)).body, 'COMMON.PRECONDITION_FAILED');

    const rollup = await api().get(`/api/v1/grading-campaigns/${id}/rollup`).set(superior).expect(200);
    expect((rollup.body as { rows: { orgId: string }[] }).rows.map((r) => r.orgId)).toEqual([coSo, chiBo]);
    expect(rollup.body.rows[1]).toMatchObject({ members: 6, excluded: 1, undecided: 0, levels: { 'hoan-thanh-xuat-sac': 1, 'hoan-thanh-tot': 4, 'hoan-thanh': 0, 'khong-hoan-thanh': 0 } });
    const chiBoRollup = await api().get(`/api/v1/grading-campaigns/${id}/rollup`).query({ orgId: chiBo }).set(superior).expect(200);
    expect(chiBoRollup.body.cap).toMatchObject({ percent: 20, base: 5, excellent: 1, maxExcellent: 1 });

    // A member recorded since the campaign opened is listed by a refresh (If-Match on the campaign).
    const latecomer = await member(chiBo, 'Đinh Văn Sáu');
    const refreshed = await api().post(`/api/v1/grading-campaigns/${id}/refresh`).set(superior).set('If-Match', '"1"').expect(200);
    expect(refreshed.body).toMatchObject({ memberCount: 7, excludedCount: 1, version: 2 });
    const late = await api().get(`/api/v1/grading-campaigns/${id}/member-gradings`).query({ step: 'pending' }).set(superior).expect(200);
    expect((late.body as { items: { memberId: string }[] }).items.map((g) => g.memberId)).toContain(latecomer);
    const campaign = await api().get(`/api/v1/grading-campaigns/${id}`).set(superior).expect(200);
    await api().post(`/api/v1/grading-campaigns/${id}/close`).set(chiBoOfficer).set('If-Match', campaign.headers.etag).expect(403);
    const closed = await api().post(`/api/v1/grading-campaigns/${id}/close`).set(superior).set('If-Match', campaign.headers.etag).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect(closed.headers.etag).toBe('"3"');
  });
});
