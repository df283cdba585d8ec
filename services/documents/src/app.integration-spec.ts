import { HealthCheckRequest, SUBJECTS, type DocumentRegisterDto, type HealthReport } from '@lienthong/contracts';
import { DATA_SOURCE, ServiceClient, uuidv7, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, seedScopeTree, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createDocumentsApp } from './app';

class DocumentsProbe extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 2_000);
  }
  health(context: CallContext): Promise<HealthReport> {
    return this.call(SUBJECTS.documents.health, new HealthCheckRequest(), context);
  }
  listRegisters(payload: object, context: CallContext): Promise<DocumentRegisterDto[]> {
    return this.call(SUBJECTS.documents.registerList, payload, context);
  }
}

describe('documents service', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let probe: DocumentsProbe;
  let dataSource: DataSource;

  const insertRegister = (orgId: string, direction: string, name: string, year: number, nextNumber = 1) =>
    dataSource.query('INSERT INTO document_register (id, org_id, direction, name, year, next_number) VALUES ($1, $2, $3, $4, $5, $6)', [
      uuidv7(),
      orgId,
      direction,
      name,
      year,
      nextNumber,
    ]);

  beforeAll(async () => {
    db = await createTestDatabase('documents');
    transport = await createTestTransport();
    app = await createDocumentsApp({ databaseUrl: db.url }, testRuntime(transport));
    probe = new DocumentsProbe(transport);
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
      [SUBJECTS.documents.health]: { permission: 'system', scope: 'none' },
      [SUBJECTS.documents.registerList]: { permission: 'documents:read', scope: 'subtree' },
    });
  });

  it('answers its health check over the transport with its database up', async () => {
    const report = await probe.health(signedContext());
    expect(report).toMatchObject({ service: 'documents', status: 'up' });
    expect(report.checks).toContainEqual({ name: 'database', status: 'up' });
    expect(app.subjects()).toEqual(expect.arrayContaining([SUBJECTS.documents.health, SUBJECTS.documents.registerList]));
  });

  it("lists one organisation's registers, newest year first, and none of another's", async () => {
    const orgId = uuidv7();
    const otherOrgId = uuidv7();
    await insertRegister(orgId, 'incoming', 'Sổ đăng ký văn bản đến', 2025, 412);
    await insertRegister(orgId, 'outgoing', 'Sổ đăng ký văn bản đi', 2026, 7);
    await insertRegister(orgId, 'incoming', 'Sổ đăng ký văn bản đến', 2026, 31);
    await insertRegister(otherOrgId, 'incoming', 'Sổ đăng ký văn bản đến', 2026);

    const registers = await probe.listRegisters({ orgId }, signedContext());

    expect(registers.map((r) => [r.year, r.direction, r.nextNumber])).toEqual([
      [2026, 'incoming', 31],
      [2026, 'outgoing', 7],
      [2025, 'incoming', 412],
    ]);
    expect(registers[0]).toEqual({
      id: expect.any(String),
      orgId,
      direction: 'incoming',
      name: 'Sổ đăng ký văn bản đến',
      year: 2026,
      nextNumber: 31,
    });
  });

  it('shows a scoped officer the registers of its own subtree and answers NOT_FOUND for a sibling, an ancestor or an unknown org', async () => {
    const { r, a, a1, b } = await seedScopeTree(dataSource);
    for (const orgId of [a, a1, b, r]) await insertRegister(orgId, 'incoming', 'Sổ đăng ký văn bản đến', 2026);
    const scopedToA = () => scopedOfficer(['documents:read'], a);
    await expect(probe.listRegisters({ orgId: a }, scopedToA())).resolves.toHaveLength(1);
    await expect(probe.listRegisters({ orgId: a1 }, scopedToA())).resolves.toHaveLength(1);
    for (const orgId of [b, r, uuidv7()]) {
      await expect(probe.listRegisters({ orgId }, scopedToA())).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
    }
    await expect(probe.listRegisters({ orgId: b }, { ...scopedToA(), language: 'vi' })).rejects.toMatchObject({ message: expect.not.stringContaining(b) });
  });

  it('refuses an officer without documents:read with FORBIDDEN, and its health check to every user', async () => {
    const { a } = await seedScopeTree(dataSource);
    await expect(probe.listRegisters({ orgId: a }, scopedOfficer(['finance:read'], a))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    await expect(probe.health(scopedOfficer(['documents:read'], a))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
  });

  it('answers an empty list for an organisation that has opened no register yet', async () => {
    await expect(probe.listRegisters({ orgId: uuidv7() }, signedContext())).resolves.toEqual([]);
  });

  it('refuses a malformed organisation id with field details in Vietnamese', async () => {
    await expect(probe.listRegisters({ orgId: 'chi-bo-1' }, { ...signedContext(), language: 'vi' })).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ.',
      details: [{ field: 'orgId', code: 'isUuid', message: 'orgId: phải là mã định danh UUID' }],
    });
  });

  it('refuses a missing organisation id and an unknown field', async () => {
    const error = await probe.listRegisters({ year: 2026 }, signedContext()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    expect((error as { details: { field: string; code: string }[] }).details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'orgId', code: 'isDefined' }),
        expect.objectContaining({ field: 'year', code: 'whitelistValidation' }),
      ]),
    );
  });

  it('refuses a message without a signed auth context', async () => {
    await expect(probe.listRegisters({ orgId: uuidv7() }, { authToken: '', correlationId: 'c1' })).rejects.toMatchObject({
      code: 'AUTH.CONTEXT_INVALID',
    });
  });

  it('keeps one register per organisation, direction, year and name, and only the two directions', async () => {
    const orgId = uuidv7();
    await insertRegister(orgId, 'outgoing', 'Sổ đăng ký văn bản đi', 2026);
    await expect(insertRegister(orgId, 'outgoing', 'Sổ đăng ký văn bản đi', 2026)).rejects.toMatchObject({
      code: '23505',
      constraint: 'document_register_org_direction_year_name_key',
    });
    await expect(insertRegister(orgId, 'sideways', 'Sổ lạ', 2026)).rejects.toMatchObject({
      code: '23514',
      constraint: 'document_register_direction_check',
    });
  });
});
