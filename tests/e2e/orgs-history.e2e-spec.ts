import { membersTree, waitForConvergence } from '../integration/replication-support/replica-truth';
import { randomUUID } from 'node:crypto';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

interface OrgBody {
  id: string;
  parentId: string | null;
  name: string;
  status: string;
  validTo: string | null;
  version: number;
}

/**
 * The tree over time through the gateway, over the real members service: terms, merge and
 * split with their history, the tree as of a date, the error answers; and every org replica
 * equal to members after the restructuring.
 */
describe('orgs over time through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let auth: Record<string, string>;
  let seq = 0;

  beforeAll(async () => {
    e2e = await startE2eSystem('orgs_history');
    auth = bearer(e2e.token);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  async function createOrg(parentId: string | null, name: string, kind: string): Promise<OrgBody> {
    seq += 1;
    const res = await e2e.http().post('/api/v1/orgs').set(auth).send({ parentId, name, shortName: `H${seq}`, kind, validFrom: '2025-02-03' }).expect(201);
    return res.body as OrgBody;
  }

  async function tree() {
    const root = await createOrg(null, 'Đảng bộ tỉnh Hà Tĩnh', 'dang-bo-truc-thuoc-tw');
    const coSo = await createOrg(root.id, 'Đảng bộ Sở Tài chính', 'dang-bo-co-so');
    const a = await createOrg(coSo.id, 'Chi bộ Phòng Ngân sách', 'chi-bo-truc-thuoc');
    const b = await createOrg(coSo.id, 'Chi bộ Phòng Tin học', 'chi-bo-truc-thuoc');
    return { root, coSo, a, b };
  }

  it('opens, lists and closes terms, and answers the term in force on a date', async () => {
    const { coSo } = await tree();
    const opened = await e2e.http().post(`/api/v1/orgs/${coSo.id}/terms`).set(auth).send({ number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-10-01' }).expect(201);
    expect(opened.headers['etag']).toBe('"1"');
    const overlap = await e2e.http().post(`/api/v1/orgs/${coSo.id}/terms`).set(auth).send({ number: 2, label: 'Nhiệm kỳ khác', startDate: '2026-01-01' }).expect(409);
    expect(expectEnvelope(overlap.body, 'MEMBERS.ORG_TERM_OVERLAP').message).toContain('Nhiệm kỳ trùng thời gian');
    const inForce = await e2e.http().get(`/api/v1/orgs/${coSo.id}/terms/in-force?date=2026-03-15`).set(auth).expect(200);
    expect(inForce.body).toMatchObject({ id: opened.body.id, label: 'Nhiệm kỳ 2025–2030' });
    expectEnvelope((await e2e.http().get(`/api/v1/orgs/${coSo.id}/terms/in-force?date=2025-01-01`).set(auth).expect(404)).body, 'MEMBERS.ORG_TERM_NOT_FOUND');
    await e2e.http().post(`/api/v1/orgs/${coSo.id}/terms/${opened.body.id}/close`).set(auth).send({ endDate: '2030-09-30' }).expect(428);
    const closed = await e2e.http().post(`/api/v1/orgs/${coSo.id}/terms/${opened.body.id}/close`).set(auth).set('If-Match', '"1"').send({ endDate: '2030-09-30' }).expect(200);
    expect(closed.body).toMatchObject({ endDate: '2030-09-30', version: 2 });
    expect((await e2e.http().get(`/api/v1/orgs/${coSo.id}/terms`).set(auth).expect(200)).body.items).toHaveLength(1);
  });

  it('refuses unknown fields and bad dates with 400 and field details in Vietnamese', async () => {
    const { coSo, a, b } = await tree();
    const unknown = await e2e.http().post(`/api/v1/orgs/${coSo.id}/terms`).set(auth).send({ number: 1, label: 'Nhiệm kỳ', startDate: '2025-10-01', orgId: b.id }).expect(400);
    expect(expectEnvelope(unknown.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'orgId' })]);
    const badDate = await e2e.http().get(`/api/v1/orgs/${coSo.id}/children?asOf=2025-02-30`).set(auth).expect(400);
    expect(expectEnvelope(badDate.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'asOf' })]);
    const merge = await e2e
      .http()
      .post('/api/v1/orgs/merges')
      .set(auth)
      .send({ sources: [{ id: a.id, version: 1, extra: true }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 1-QĐ/ĐU' })
      .expect(400);
    expect(expectEnvelope(merge.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'sources.0.extra' })]);
    const early = await e2e
      .http()
      .post('/api/v1/orgs/merges')
      .set(auth)
      .send({ sources: [{ id: a.id, version: 1 }], targetId: b.id, effectiveDate: '2025-01-01', decisionRef: 'Quyết định số 1-QĐ/ĐU' })
      .expect(400);
    expect(expectEnvelope(early.body, 'COMMON.VALIDATION_FAILED').details).toEqual([
      expect.objectContaining({ field: 'effectiveDate', message: 'effectiveDate: không được trước hoặc trùng ngày thành lập của Chi bộ Phòng Ngân sách (03/02/2025)' }),
    ]);
    const intoChild = await e2e
      .http()
      .post('/api/v1/orgs/merges')
      .set(auth)
      .send({ sources: [{ id: coSo.id, version: 1 }], targetId: a.id, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 1-QĐ/ĐU' })
      .expect(422);
    expectEnvelope(intoChild.body, 'MEMBERS.ORG_MERGE_INTO_DESCENDANT');
    const stale = await e2e
      .http()
      .post('/api/v1/orgs/merges')
      .set(auth)
      .send({ sources: [{ id: a.id, version: 5 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 1-QĐ/ĐU' })
      .expect(412);
    expectEnvelope(stale.body, 'MEMBERS.ORG_VERSION_MISMATCH');
  });

  it('merges and splits, tells the history, answers the tree as of a date, and every replica ends equal to members', async () => {
    const { coSo, a, b } = await tree();
    const leaf = await createOrg(coSo.id, 'Chi bộ Phòng Kế hoạch', 'chi-bo-truc-thuoc');
    const merged = await e2e
      .http()
      .post('/api/v1/orgs/merges')
      .set(auth)
      .send({ sources: [{ id: a.id, version: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 125-QĐ/ĐU' })
      .expect(200);
    expect(merged.body.predecessors).toEqual([expect.objectContaining({ id: a.id, status: 'closed', validTo: '2025-06-30' })]);
    const history = await e2e.http().get(`/api/v1/orgs/${a.id}/history`).set(auth).expect(200);
    expect(history.body.successors[0].text).toBe('Chi bộ Phòng Ngân sách được hợp nhất vào Chi bộ Phòng Tin học từ ngày 01/07/2025 (Quyết định số 125-QĐ/ĐU)');
    const english = await e2e.http().get(`/api/v1/orgs/${a.id}/history`).set(auth).set('Accept-Language', 'en').expect(200);
    expect(english.body.successors[0].text).toContain('was merged into Chi bộ Phòng Tin học from 01/07/2025');

    const before = await e2e.http().get(`/api/v1/orgs/${coSo.id}/children?asOf=2025-06-30`).set(auth).expect(200);
    expect((before.body.items as OrgBody[]).map((o) => o.name)).toEqual(['Chi bộ Phòng Kế hoạch', 'Chi bộ Phòng Ngân sách', 'Chi bộ Phòng Tin học']);
    const after = await e2e.http().get(`/api/v1/orgs/${coSo.id}/children?asOf=2025-07-01`).set(auth).expect(200);
    expect((after.body.items as OrgBody[]).map((o) => o.name)).toEqual(['Chi bộ Phòng Kế hoạch', 'Chi bộ Phòng Tin học']);
    const pastA = await e2e.http().get(`/api/v1/orgs/${a.id}?asOf=2025-06-30`).set(auth).expect(200);
    expect(pastA.body).toMatchObject({ status: 'active', parentId: coSo.id });
    // Not the version ETag: a past state cannot be sent back in If-Match.
    expect(pastA.headers['etag']).not.toMatch(/^"\d+"$/);

    const split = await e2e
      .http()
      .post(`/api/v1/orgs/${leaf.id}/split`)
      .set(auth)
      .set('If-Match', `"${leaf.version}"`)
      .send({
        parts: [
          { name: 'Chi bộ Phòng Kế hoạch 1', shortName: 'KH1', kind: 'chi-bo-truc-thuoc' },
          { name: 'Chi bộ Phòng Kế hoạch 2', shortName: 'KH2', kind: 'chi-bo-truc-thuoc' },
        ],
        effectiveDate: '2025-09-01',
        decisionRef: 'Quyết định số 130-QĐ/ĐU',
      })
      .expect(200);
    expect((split.body.successors as OrgBody[]).map((o) => o.parentId)).toEqual([coSo.id, coSo.id]);

    const { databases } = e2e.system;
    await waitForConvergence(databases.members, { documents: databases.documents, finance: databases.finance, resolutions: databases.resolutions, gateway: databases.gateway });
    const truth = await membersTree(databases.members);
    expect(truth.find((o) => o.id === a.id)).toMatchObject({ status: 'closed' });
  });

  describe('scope through the gateway', () => {
    async function userToken(role: string, homeOrgId: string): Promise<Record<string, string>> {
      const username = `g2${randomUUID().slice(0, 8)}`;
      const password = 'Mật-khẩu-Đủ-Mạnh-2026';
      await e2e.http().post('/api/v1/users').set(auth).send({ username, fullName: 'Cán bộ Tổ chức', homeOrgId, roles: [role], password }).expect(201);
      const login = await e2e.http().post('/api/v1/auth/login').send({ username, password }).expect(200);
      return bearer((login.body as { accessToken: string }).accessToken);
    }

    it('404 outside the officer\'s subtree, 403 for restructuring its own scope root or without members:write', async () => {
      const { root, coSo, a, b } = await tree();
      const other = await createOrg(root.id, 'Đảng bộ Sở Xây dựng', 'dang-bo-co-so');
      const officer = await userToken('organization', coSo.id);
      expectEnvelope((await e2e.http().get(`/api/v1/orgs/${other.id}/history`).set(officer).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
      expectEnvelope((await e2e.http().get(`/api/v1/orgs/${other.id}/children?asOf=2025-06-30`).set(officer).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
      expectEnvelope((await e2e.http().get(`/api/v1/orgs/${other.id}/terms`).set(officer).expect(404)).body, 'MEMBERS.ORG_NOT_FOUND');
      const split = await e2e
        .http()
        .post(`/api/v1/orgs/${coSo.id}/split`)
        .set(officer)
        .set('If-Match', '"1"')
        .send({
          parts: [
            { name: 'Đảng bộ Sở Tài chính 1', shortName: 'TC1', kind: 'dang-bo-co-so' },
            { name: 'Đảng bộ Sở Tài chính 2', shortName: 'TC2', kind: 'dang-bo-co-so' },
          ],
          effectiveDate: '2025-09-01',
          decisionRef: 'Quyết định số 140-QĐ/ĐU',
        })
        .expect(403);
      expect(expectEnvelope(split.body, 'COMMON.FORBIDDEN').message).toBe('Bạn không có quyền thực hiện thao tác này.');
      const reader = await userToken('office', coSo.id);
      const merge = { sources: [{ id: a.id, version: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 141-QĐ/ĐU' };
      expectEnvelope((await e2e.http().post('/api/v1/orgs/merges').set(reader).send(merge).expect(403)).body, 'COMMON.FORBIDDEN');
      // Below its root, the officer may merge.
      const ok = await e2e.http().post('/api/v1/orgs/merges').set(officer).send(merge).expect(200);
      expect(ok.body.successors[0]).toMatchObject({ id: b.id });
    });
  });
});
