import { HealthCheckRequest, SUBJECTS, type HealthReport, type Page, type ResolutionDto } from '@lienthong/contracts';
import { DATA_SOURCE, ServiceClient, encodeCursor, uuidv7, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, seedScopeTree, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createResolutionsApp } from './app';

class ResolutionsProbe extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 2_000);
  }
  health(context: CallContext): Promise<HealthReport> {
    return this.call(SUBJECTS.resolutions.health, new HealthCheckRequest(), context);
  }
  list(payload: object, context: CallContext = signedContext()): Promise<Page<ResolutionDto>> {
    return this.call(SUBJECTS.resolutions.resolutionList, payload, context);
  }
}

describe('resolutions service', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let probe: ResolutionsProbe;
  let dataSource: DataSource;

  const insertResolution = async (orgId: string, symbol: string, title: string, issuedOn: string): Promise<string> => {
    const id = uuidv7();
    await dataSource.query('INSERT INTO resolution (id, org_id, symbol, title, issued_on) VALUES ($1, $2, $3, $4, $5)', [id, orgId, symbol, title, issuedOn]);
    return id;
  };

  /** Five resolutions of one đảng ủy, two of them issued the same day, and one of another organisation. */
  const seedOrg = async () => {
    const orgId = uuidv7();
    await insertResolution(orgId, '01-NQ/ĐU', 'Nghị quyết về nhiệm vụ năm 2025', '2025-01-10');
    await insertResolution(orgId, '02-NQ/ĐU', 'Nghị quyết về công tác kiểm tra, giám sát', '2025-06-02');
    await insertResolution(orgId, '03-NQ/ĐU', 'Nghị quyết về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026', '2026-01-15');
    await insertResolution(orgId, '04-NQ/ĐU', 'Nghị quyết về chuyển đổi số trong hoạt động của Đảng bộ', '2026-01-15');
    await insertResolution(orgId, '05-NQ/ĐU', 'Nghị quyết về công tác phát triển đảng viên', '2026-03-20');
    await insertResolution(uuidv7(), '03-NQ/ĐU', 'Nghị quyết của một đảng bộ khác', '2026-01-15');
    return orgId;
  };

  beforeAll(async () => {
    db = await createTestDatabase('resolutions');
    transport = await createTestTransport();
    app = await createResolutionsApp({ databaseUrl: db.url }, testRuntime(transport));
    probe = new ResolutionsProbe(transport);
    dataSource = app.app.get<DataSource>(DATA_SOURCE);
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  it('declares a permission and a scope rule for every subject it serves', () => {
    const rules = app.accessRules();
    expect(Object.keys(rules).sort()).toEqual(app.subjects().sort());
    expect(rules).toEqual({
      [SUBJECTS.resolutions.health]: { permission: 'system', scope: 'none' },
      [SUBJECTS.resolutions.resolutionList]: { permission: 'resolutions:read', scope: 'subtree' },
    });
  });

  it('answers its health check over the transport with its database up', async () => {
    const report = await probe.health(signedContext());
    expect(report).toMatchObject({ service: 'resolutions', status: 'up' });
    expect(report.checks).toContainEqual({ name: 'database', status: 'up' });
  });

  it("answers one organisation's resolutions newest first in one page by default", async () => {
    const orgId = await seedOrg();
    const page = await probe.list({ orgId });
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((r) => r.symbol)).toEqual(['05-NQ/ĐU', expect.any(String), expect.any(String), '02-NQ/ĐU', '01-NQ/ĐU']);
    // Same day: the later id (uuid v7, inserted later) comes first.
    expect(page.items.slice(1, 3).map((r) => r.symbol)).toEqual(['04-NQ/ĐU', '03-NQ/ĐU']);
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      orgId,
      symbol: '05-NQ/ĐU',
      title: 'Nghị quyết về công tác phát triển đảng viên',
      issuedOn: '2026-03-20',
    });
  });

  it('walks pages by cursor without gaps or repeats, across a day shared by two resolutions', async () => {
    const orgId = await seedOrg();
    const all = (await probe.list({ orgId })).items.map((r) => r.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await probe.list({ orgId, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.id));
      sizes.push(page.items.length);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(all);
  });

  it('gives no next cursor when the last page is exactly full', async () => {
    const orgId = await seedOrg();
    await expect(probe.list({ orgId, limit: 5 })).resolves.toMatchObject({ nextCursor: null });
    const first = await probe.list({ orgId, limit: 4 });
    expect(first.nextCursor).toEqual(expect.any(String));
    await expect(probe.list({ orgId, limit: 4, cursor: first.nextCursor })).resolves.toMatchObject({
      items: [expect.objectContaining({ symbol: '01-NQ/ĐU' })],
      nextCursor: null,
    });
  });

  it('shows a scoped officer the resolutions of its own subtree and answers NOT_FOUND for a sibling, an ancestor or an unknown org', async () => {
    const { r, a, a1, b } = await seedScopeTree(dataSource);
    for (const orgId of [a, a1, b, r]) await insertResolution(orgId, '01-NQ/ĐU', 'Nghị quyết về nhiệm vụ năm 2026', '2026-01-10');
    const scopedToA = () => scopedOfficer(['resolutions:read'], a);
    await expect(probe.list({ orgId: a }, scopedToA())).resolves.toMatchObject({ items: { length: 1 } });
    await expect(probe.list({ orgId: a1 }, scopedToA())).resolves.toMatchObject({ items: { length: 1 } });
    for (const orgId of [b, r, uuidv7()]) {
      await expect(probe.list({ orgId }, scopedToA())).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
    }
  });

  it('refuses an officer without resolutions:read with FORBIDDEN', async () => {
    const { a } = await seedScopeTree(dataSource);
    await expect(probe.list({ orgId: a }, scopedOfficer(['documents:read'], a))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
  });

  it('answers an empty page for an organisation that tracks no resolution', async () => {
    await expect(probe.list({ orgId: uuidv7() })).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('refuses a malformed organisation id and out-of-range limits with field details', async () => {
    await expect(probe.list({ orgId: '42' }, { ...signedContext(), language: 'vi' })).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'orgId', code: 'isUuid', message: 'orgId: phải là mã định danh UUID' }],
    });
    for (const [limit, code] of [
      [0, 'min'],
      [201, 'max'],
      [1.5, 'isInt'],
    ] as const) {
      await expect(probe.list({ orgId: uuidv7(), limit })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [expect.objectContaining({ field: 'limit', code })],
      });
    }
  });

  it('refuses a cursor it did not issue, including a well-formed one holding a bad date or id', async () => {
    const orgId = uuidv7();
    for (const cursor of ['not-a-cursor', encodeCursor(['2026-02-30', uuidv7()]), encodeCursor(['2026-01-15', "x' OR 1=1"]), encodeCursor([1, 2])]) {
      await expect(probe.list({ orgId, cursor }, { ...signedContext(), language: 'vi' })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        details: [{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }],
      });
    }
  });

  it('refuses a message without a signed auth context', async () => {
    await expect(probe.list({ orgId: uuidv7() }, { authToken: '', correlationId: 'c1' })).rejects.toMatchObject({
      code: 'AUTH.CONTEXT_INVALID',
    });
  });

  it('pages through the (org_id, issued_on DESC, id DESC) index', async () => {
    const orgId = uuidv7();
    // One connection for the SET and the EXPLAIN; the table is too small for the planner to prefer the index by itself.
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SET enable_seqscan = off');
      const plan = (await runner.query(
        `EXPLAIN SELECT id FROM resolution WHERE org_id = $1 AND (issued_on, id) < ('2026-01-15'::date, $1::uuid) ORDER BY issued_on DESC, id DESC LIMIT 51`,
        [orgId],
      )) as { 'QUERY PLAN': string }[];
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Cond: \(\(org_id = .*ROW\(issued_on, id\) < ROW/s);
      expect(text).not.toContain('Sort');
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});
