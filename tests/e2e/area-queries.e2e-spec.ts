import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

/** Each service behind the gateway answers its first query end to end. */
describe('documents, finance and resolutions through the gateway (e2e)', () => {
  let e2e: E2eSystem;
  let auth: Record<string, string>;
  let orgId: string;

  beforeAll(async () => {
    e2e = await startE2eSystem('areas');
    auth = bearer(e2e.token);
    const org = await e2e
      .http()
      .post('/api/v1/orgs')
      .set(auth)
      .send({ parentId: null, name: 'Đảng bộ Khối Doanh nghiệp tỉnh', shortName: 'ĐBKDN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-02-03' })
      .expect(201);
    orgId = (org.body as { id: string }).id;
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('documents: the registers of an org (none yet)', async () => {
    const res = await e2e.http().get('/api/v1/documents/registers').query({ orgId }).set(auth).expect(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('documents: 400 with details when orgId is not a UUID', async () => {
    const res = await e2e.http().get('/api/v1/documents/registers').query({ orgId: 'abc' }).set(auth).expect(400);
    const envelope = expectEnvelope(res.body, 'COMMON.VALIDATION_FAILED');
    expect((envelope.details ?? []).map((d) => d.field)).toEqual(['orgId']);
  });

  it('finance: the dues rules of 342-QĐ/TW and 01-QĐ/TW', async () => {
    const res = await e2e.http().get('/api/v1/finance/dues-rules').set(auth).expect(200);
    const codes = (res.body as { items: { code: string; source: string }[] }).items.map((r) => r.code);
    expect(codes.some((c) => c.startsWith('QD342.'))).toBe(true);
    expect(codes.some((c) => c.startsWith('QD01.'))).toBe(true);
  });

  it('resolutions: the resolutions of an org, paged (none yet)', async () => {
    const res = await e2e.http().get('/api/v1/resolutions').query({ orgId }).set(auth).expect(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });
});
