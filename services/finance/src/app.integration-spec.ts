import { HealthCheckRequest, SUBJECTS, type DuesRuleDto, type HealthReport } from '@lienthong/contracts';
import {
  DATA_SOURCE,
  ServiceClient,
  revertLastMigration,
  runMigrations,
  type CallContext,
  type RpcTransport,
  type RunningService,
} from '@lienthong/platform';
import { createTestDatabase, createTestTransport, quietLogger, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import type { DataSource } from 'typeorm';
import { createFinanceApp } from './app';

class FinanceProbe extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 2_000);
  }
  health(context: CallContext): Promise<HealthReport> {
    return this.call(SUBJECTS.finance.health, new HealthCheckRequest(), context);
  }
  listDuesRules(payload: object, context: CallContext = signedContext()): Promise<DuesRuleDto[]> {
    return this.call(SUBJECTS.finance.duesRuleList, payload, context);
  }
}

const QD342_CODES = [
  'QD342.CONG_NHAN_QUOC_PHONG',
  'QD342.CO_QUAN_DOAN_THE',
  'QD342.DANG_VIEN_KHAC',
  'QD342.DANG_VIEN_KHAC_NGOAI_TUOI_LAO_DONG',
  'QD342.DOANH_NGHIEP_SU_NGHIEP',
  'QD342.HA_SI_QUAN_CHIEN_SI',
  'QD342.HUU_TRI',
  'QD342.SI_QUAN_QNCN',
];
const QD01_CODES = [
  'QD01.BHXH_BAT_BUOC',
  'QD01.HOC_SINH_SINH_VIEN',
  'QD01.HUU_TRI_CO_THU_NHAP_KHAC',
  'QD01.KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU',
  'QD01.KHONG_BHXH_QUA_TUOI_NGHI_HUU',
  'QD01.LUONG_HUU',
  'QD01.OM_DAU_THAI_SAN',
];

describe('finance service', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let probe: FinanceProbe;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('finance');
    transport = await createTestTransport();
    app = await createFinanceApp({ databaseUrl: db.url }, testRuntime(transport));
    probe = new FinanceProbe(transport);
    dataSource = app.app.get<DataSource>(DATA_SOURCE);
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const codesOn = async (onDate: string) => (await probe.listDuesRules({ onDate })).map((r) => r.code);

  it('declares a permission and a scope rule for every subject it serves', () => {
    const rules = app.accessRules();
    expect(Object.keys(rules).sort()).toEqual(app.subjects().sort());
    expect(rules).toEqual({
      [SUBJECTS.finance.health]: { permission: 'system', scope: 'none' },
      [SUBJECTS.finance.duesRuleList]: { permission: 'finance:read', scope: 'none' },
    });
  });

  it('answers its health check over the transport with its database up', async () => {
    const report = await probe.health(signedContext());
    expect(report).toMatchObject({ service: 'finance', status: 'up' });
    expect(report.checks).toContainEqual({ name: 'database', status: 'up' });
  });

  it('answers the 342-QĐ/TW rules up to the last day before 01-QĐ/TW and the 01-QĐ/TW rules from its first day', async () => {
    await expect(codesOn('2011-04-01')).resolves.toEqual(QD342_CODES);
    await expect(codesOn('2026-01-31')).resolves.toEqual(QD342_CODES);
    await expect(codesOn('2026-02-01')).resolves.toEqual(QD01_CODES);
    await expect(codesOn('2011-03-31')).resolves.toEqual([]);
  });

  it('answers each rule with its rate or amount, base, period and source', async () => {
    const rules = await probe.listDuesRules({ onDate: '2026-03-15' });
    expect(rules.find((r) => r.code === 'QD01.BHXH_BAT_BUOC')).toEqual({
      id: '01a2142f-b2c9-71bc-8768-d0cec28e19bc',
      code: 'QD01.BHXH_BAT_BUOC',
      description: 'Đảng viên tham gia bảo hiểm xã hội bắt buộc: 1% tiền lương làm căn cứ đóng bảo hiểm xã hội của tháng liền kề trước đó.',
      rateBasisPoints: 100,
      fixedAmountVnd: null,
      base: 'bhxh_salary_prev_month',
      fixedAmountMaxVnd: null,
      effectiveFrom: '2026-02-01',
      effectiveTo: null,
      source: expect.stringContaining('01-QĐ/TW (2026)'),
    });
    expect(rules.find((r) => r.code === 'QD01.LUONG_HUU')).toMatchObject({ rateBasisPoints: 50, base: 'pension' });
    expect(rules.find((r) => r.code === 'QD01.HOC_SINH_SINH_VIEN')).toMatchObject({ rateBasisPoints: null, fixedAmountVnd: 5_000, base: 'fixed' });

    const legacy = await probe.listDuesRules({ onDate: '2020-06-30' });
    expect(legacy.find((r) => r.code === 'QD342.HUU_TRI')).toMatchObject({ rateBasisPoints: 50, effectiveTo: '2026-01-31' });
    expect(legacy.find((r) => r.code === 'QD342.DANG_VIEN_KHAC')).toMatchObject({ fixedAmountVnd: 2_000, fixedAmountMaxVnd: 30_000 });
  });

  it('marks the facts from secondary sources [VERIFY] and steps the unconfirmed rates up in 2028', async () => {
    const in2027 = await probe.listDuesRules({ onDate: '2027-12-31' });
    const in2028 = await probe.listDuesRules({ onDate: '2028-01-01' });
    const rate = (rules: DuesRuleDto[], code: string) => rules.find((r) => r.code === code)?.rateBasisPoints;
    expect(rate(in2027, 'QD01.KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU')).toBe(30);
    expect(rate(in2028, 'QD01.KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU')).toBe(50);
    expect(rate(in2027, 'QD01.KHONG_BHXH_QUA_TUOI_NGHI_HUU')).toBe(20);
    expect(rate(in2028, 'QD01.KHONG_BHXH_QUA_TUOI_NGHI_HUU')).toBe(30);
    const unconfirmed = in2028.filter((r) => r.source.includes('chưa đối chiếu với văn bản gốc')).map((r) => r.code);
    expect(unconfirmed).toEqual(['QD01.HUU_TRI_CO_THU_NHAP_KHAC', 'QD01.KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU', 'QD01.KHONG_BHXH_QUA_TUOI_NGHI_HUU']);
    // The effective date of 01-QĐ/TW itself is disputed, so every rule of both regulations says so.
    expect((await probe.listDuesRules({})).every((r) => r.source.includes('[VERIFY]'))).toBe(true);
  });

  it('answers every version when no date is given, ordered by code then start date', async () => {
    const all = await probe.listDuesRules({});
    expect(all).toHaveLength(17);
    const keys = all.map((r) => `${r.code}@${r.effectiveFrom}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('refuses a date that is not a real YYYY-MM-DD day, with details in Vietnamese', async () => {
    for (const onDate of ['2026-02-30', '01/02/2026', '2026-2-1', 20260201]) {
      await expect(probe.listDuesRules({ onDate }, { ...signedContext(), language: 'vi' })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [{ field: 'onDate', code: 'isPartyDate', message: 'onDate: phải là ngày hợp lệ dạng YYYY-MM-DD' }],
      });
    }
  });

  it('refuses an unknown field and an unsigned message', async () => {
    await expect(probe.listDuesRules({ orgId: 'x' })).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'orgId', code: 'whitelistValidation' })],
    });
    await expect(probe.listDuesRules({}, { authToken: 'forged.token', correlationId: 'c1' })).rejects.toMatchObject({
      code: 'AUTH.CONTEXT_INVALID',
    });
  });

  it('refuses a second version of a rule that overlaps one in force', async () => {
    const insert = (from: string, to: string | null) =>
      dataSource.query(
        `INSERT INTO dues_rule (id, code, description, base, rate_basis_points, effective_from, effective_to, source)
         VALUES (gen_random_uuid(), 'QD01.LUONG_HUU', 'Thử chồng lấn', 'pension', 60, $1, $2, 'kiểm thử')`,
        [from, to],
      );
    await expect(insert('2030-01-01', null)).rejects.toMatchObject({ code: '23P01', constraint: 'dues_rule_no_overlap' });
    await expect(insert('2026-01-01', '2026-01-31')).resolves.toBeDefined();
    await dataSource.query(`DELETE FROM dues_rule WHERE description = 'Thử chồng lấn'`);
  });

  it('refuses a rule that is both a rate and an amount, or neither', async () => {
    const insert = (bp: number | null, vnd: number | null, base: string) =>
      dataSource.query(
        `INSERT INTO dues_rule (id, code, description, base, rate_basis_points, fixed_amount_vnd, effective_from, source)
         VALUES (gen_random_uuid(), 'TEST.AMOUNT', 'Thử', $3, $1, $2, '2040-01-01', 'kiểm thử')`,
        [bp, vnd, base],
      );
    await expect(insert(100, 5_000, 'fixed')).rejects.toMatchObject({ code: '23514', constraint: 'dues_rule_amount_check' });
    await expect(insert(null, null, 'salary')).rejects.toMatchObject({ code: '23514', constraint: 'dues_rule_amount_check' });
    await expect(insert(null, 5_000, 'salary')).rejects.toMatchObject({ code: '23514', constraint: 'dues_rule_amount_check' });
  });

  it('reverts its migration and applies it again to the same rows', async () => {
    // The platform tables (inbox, dead letters, jobs, org replica) came later: revert down to dues_rule.
    const reverted: string[] = [];
    while (reverted[reverted.length - 1] !== 'CreateDuesRule1795634794970') {
      const [last] = await dataSource.query<{ name: string }[]>(`SELECT name FROM finance_migrations ORDER BY id DESC LIMIT 1`);
      await revertLastMigration(dataSource, 'finance');
      reverted.push(last.name);
    }
    await expect(dataSource.query(`SELECT to_regclass('dues_rule') AS t`)).resolves.toEqual([{ t: null }]);
    await expect(runMigrations(dataSource, 'finance', quietLogger())).resolves.toEqual([...reverted].reverse());
    await expect(probe.listDuesRules({})).resolves.toHaveLength(17);
  });
});
