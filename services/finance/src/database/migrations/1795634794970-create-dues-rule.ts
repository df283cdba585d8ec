import type { DuesBase } from '@lienthong/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface SeedRule {
  id: string;
  code: string;
  description: string;
  base: DuesBase;
  rateBasisPoints: number | null;
  fixedAmountVnd: number | null;
  fixedAmountMaxVnd: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
}

// Quyết định 342-QĐ/TW (2010): in force 01/4/2011 until 01-QĐ/TW (2026) replaced it.
const QD342_FROM = '2011-04-01';
// 01-QĐ/TW was signed 03/02/2026; domain/finance.md §3.3 versions 342 until 31/01/2026.
const QD342_TO = '2026-01-31';
const QD01_FROM = '2026-02-01';

const QD342_SOURCE =
  'Quyết định 342-QĐ/TW (2010) của Bộ Chính trị về chế độ đảng phí, hiệu lực từ 01/4/2011 ' +
  '(nguồn: luatminhkhue.vn, nptlawyer.com). [VERIFY] Ngày hết hiệu lực 31/01/2026 suy từ ngày hiệu lực của 01-QĐ/TW (2026).';
const QD342_AFTER_TAX = ' Tính trên thu nhập sau thuế thu nhập cá nhân.';
const QD01_SOURCE =
  'Quy định 01-QĐ/TW (2026) của Bộ Chính trị về chế độ đảng phí, ký ngày 03/02/2026 ' +
  '(nguồn: vietnamnet.vn 06/02/2026, dantri.com.vn 06/02/2026, thanhnien.vn 07/02/2026). ' +
  '[VERIFY] Ngày hiệu lực 01/02/2026 theo một nguồn (khoaduoc.pnt.edu.vn), trước ngày ký.';
const QD01_UNCONFIRMED =
  ' [VERIFY] Mức này chỉ thấy trong các công cụ tính đảng phí công khai trên GitHub, chưa đối chiếu với văn bản gốc.';

const qd342 = (id: string, code: string, description: string, base: DuesBase, bp: number | null, fixed?: [number, number]): SeedRule => ({
  id,
  code: `QD342.${code}`,
  description: bp === null ? description : description + QD342_AFTER_TAX,
  base,
  rateBasisPoints: bp,
  fixedAmountVnd: fixed?.[0] ?? null,
  fixedAmountMaxVnd: fixed?.[1] ?? null,
  effectiveFrom: QD342_FROM,
  effectiveTo: QD342_TO,
  source: QD342_SOURCE,
});

const qd01 = (
  id: string,
  code: string,
  description: string,
  base: DuesBase,
  amount: { bp: number } | { vnd: number },
  period: { from?: string; to?: string; unconfirmed?: boolean } = {},
): SeedRule => ({
  id,
  code: `QD01.${code}`,
  description,
  base,
  rateBasisPoints: 'bp' in amount ? amount.bp : null,
  fixedAmountVnd: 'vnd' in amount ? amount.vnd : null,
  fixedAmountMaxVnd: null,
  effectiveFrom: period.from ?? QD01_FROM,
  effectiveTo: period.to ?? null,
  source: period.unconfirmed ? QD01_SOURCE + QD01_UNCONFIRMED : QD01_SOURCE,
});

/**
 * The dues rules as reference data, one row per version of a rule (domain/finance.md §3).
 * Fixed ids so that every installation has the same rows. This migration is never edited
 * once released: a corrected [VERIFY] fact is a new migration that closes the old version
 * (effective_to) and adds the new one. Members abroad (special schedules in both
 * regulations) are left out: no rates were found.
 */
const SEED: SeedRule[] = [
  qd342(
    '01a2142f-b2c1-78b2-80cc-6893d58e56cb',
    'CO_QUAN_DOAN_THE',
    'Đảng viên trong cơ quan hành chính, tổ chức chính trị, tổ chức chính trị - xã hội, lực lượng vũ trang: 1% tiền lương ' +
      '(lương ngạch bậc, phụ cấp lương) và các khoản phụ cấp tính đóng bảo hiểm xã hội; tiền công; sinh hoạt phí. ' +
      'Không tính phụ cấp thu hút, phụ cấp ưu đãi và phụ cấp nghề không tính đóng bảo hiểm xã hội.',
    'salary',
    100,
  ),
  qd342(
    '01a2142f-b2c2-7ec2-883c-98be121f00af',
    'SI_QUAN_QNCN',
    'Sĩ quan quân đội, sĩ quan công an, quân nhân chuyên nghiệp: 1% tiền lương và các khoản phụ cấp tính đóng bảo hiểm xã hội.',
    'salary',
    100,
  ),
  qd342('01a2142f-b2c3-7282-b8f8-ec7f95702afb', 'HA_SI_QUAN_CHIEN_SI', 'Hạ sĩ quan, chiến sĩ nghĩa vụ: 1% phụ cấp.', 'allowance', 100),
  qd342(
    '01a2142f-b2c4-789c-9ddf-31f0560fd6d9',
    'CONG_NHAN_QUOC_PHONG',
    'Công nhân quốc phòng, lao động hợp đồng: 1% tiền lương (kể cả phụ cấp lương), các khoản phụ cấp tính đóng bảo hiểm xã hội và tiền công.',
    'salary',
    100,
  ),
  qd342('01a2142f-b2c5-7310-a625-203ea7da6140', 'HUU_TRI', 'Đảng viên hưởng lương hưu (bảo hiểm xã hội): 0,5% lương hưu.', 'pension', 50),
  qd342(
    '01a2142f-b2c6-7523-a259-fe51c8f96520',
    'DOANH_NGHIEP_SU_NGHIEP',
    'Đảng viên trong doanh nghiệp, đơn vị sự nghiệp, tổ chức kinh tế: 1% tiền lương, tiền công và các khoản thu nhập khác từ quỹ tiền lương của đơn vị.',
    'salary',
    100,
  ),
  qd342(
    '01a2142f-b2c7-7ac5-9bcc-1334be1df343',
    'DANG_VIEN_KHAC',
    'Đảng viên khác ở trong nước (nông dân, học sinh, sinh viên…): từ 2.000 đến 30.000 đồng/tháng.',
    'fixed',
    null,
    [2_000, 30_000],
  ),
  qd342(
    '01a2142f-b2c8-74d4-82b9-e9767dfaade2',
    'DANG_VIEN_KHAC_NGOAI_TUOI_LAO_DONG',
    'Đảng viên khác ở trong nước đã ngoài tuổi lao động: đóng 50% mức của đảng viên khác, từ 1.000 đến 15.000 đồng/tháng.',
    'fixed',
    null,
    [1_000, 15_000],
  ),
  qd01(
    '01a2142f-b2c9-71bc-8768-d0cec28e19bc',
    'BHXH_BAT_BUOC',
    'Đảng viên tham gia bảo hiểm xã hội bắt buộc: 1% tiền lương làm căn cứ đóng bảo hiểm xã hội của tháng liền kề trước đó.',
    'bhxh_salary_prev_month',
    { bp: 100 },
  ),
  qd01(
    '01a2142f-b2ca-7945-9665-8317d2b7bf88',
    'OM_DAU_THAI_SAN',
    'Đảng viên nghỉ ốm đau, thai sản hưởng trợ cấp từ quỹ bảo hiểm xã hội: 1% tiền trợ cấp ốm đau, thai sản.',
    'allowance',
    { bp: 100 },
  ),
  qd01(
    '01a2142f-b2cb-7da8-ab68-e3eee0c848c8',
    'LUONG_HUU',
    'Đảng viên không tham gia bảo hiểm xã hội bắt buộc, đang hưởng lương hưu: 0,5% lương hưu.',
    'pension',
    { bp: 50 },
  ),
  qd01('01a2142f-b2cc-7f3b-be01-ce54b240f66d', 'HOC_SINH_SINH_VIEN', 'Đảng viên là học sinh, sinh viên: 5.000 đồng/tháng.', 'fixed', {
    vnd: 5_000,
  }),
  qd01(
    '01a2142f-b2cd-7233-bda0-3ca384483b9e',
    'KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU',
    'Đảng viên không tham gia bảo hiểm xã hội bắt buộc (kể cả khi nghỉ việc không đóng bảo hiểm xã hội vì lý do khác), ' +
      'chưa đến tuổi nghỉ hưu: 0,3% mức lương tối thiểu vùng (2026–2027).',
    'regional_minimum_wage',
    { bp: 30 },
    { to: '2027-12-31', unconfirmed: true },
  ),
  qd01(
    '01a2142f-b2ce-7568-9cbf-a8f2327ad087',
    'KHONG_BHXH_CHUA_DEN_TUOI_NGHI_HUU',
    'Đảng viên không tham gia bảo hiểm xã hội bắt buộc (kể cả khi nghỉ việc không đóng bảo hiểm xã hội vì lý do khác), ' +
      'chưa đến tuổi nghỉ hưu: 0,5% mức lương tối thiểu vùng (từ năm 2028).',
    'regional_minimum_wage',
    { bp: 50 },
    { from: '2028-01-01', unconfirmed: true },
  ),
  qd01(
    '01a2142f-b2cf-7649-ab8e-db4851a1d3f8',
    'KHONG_BHXH_QUA_TUOI_NGHI_HUU',
    'Đảng viên không tham gia bảo hiểm xã hội bắt buộc, đã quá tuổi nghỉ hưu, không hưởng lương hưu: 0,2% mức lương tối thiểu vùng (2026–2027).',
    'regional_minimum_wage',
    { bp: 20 },
    { to: '2027-12-31', unconfirmed: true },
  ),
  qd01(
    '01a2142f-b2d0-77da-8cfa-f1795587ee49',
    'KHONG_BHXH_QUA_TUOI_NGHI_HUU',
    'Đảng viên không tham gia bảo hiểm xã hội bắt buộc, đã quá tuổi nghỉ hưu, không hưởng lương hưu: 0,3% mức lương tối thiểu vùng (từ năm 2028).',
    'regional_minimum_wage',
    { bp: 30 },
    { from: '2028-01-01', unconfirmed: true },
  ),
  qd01(
    '01a2142f-b2d1-71c4-8878-17e037d774b1',
    'HUU_TRI_CO_THU_NHAP_KHAC',
    'Đảng viên hưởng lương hưu có thêm thu nhập từ công việc khác: 0,5% phần thu nhập thêm, ngoài 0,5% lương hưu.',
    'other_income',
    { bp: 50 },
    { unconfirmed: true },
  ),
];

/**
 * `dues_rule`: versioned reference data. A rule is either a percentage of a base or a
 * fixed amount (or a fixed range); versions of one code never overlap in time, which the
 * exclusion constraint guarantees (btree_gist is a trusted extension since PostgreSQL 13).
 * `effective_to` is the last day in force, inclusive. Codes are ASCII identifiers, compared
 * byte-wise (COLLATE "C") so that their order is the same on every server.
 */
export class CreateDuesRule1795634794970 implements MigrationInterface {
  name = 'CreateDuesRule1795634794970';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await runner.query(`
      CREATE TABLE dues_rule (
        id                   uuid        PRIMARY KEY,
        code                 text        COLLATE "C" NOT NULL CONSTRAINT dues_rule_code_check CHECK (code ~ '^[A-Z0-9_]+(\\.[A-Z0-9_]+)*$'),
        description          text        NOT NULL CONSTRAINT dues_rule_description_check CHECK (length(btrim(description)) > 0),
        base                 text        NOT NULL CONSTRAINT dues_rule_base_check
                                         CHECK (base IN ('salary', 'bhxh_salary_prev_month', 'allowance', 'pension', 'regional_minimum_wage', 'other_income', 'fixed')),
        rate_basis_points    integer     CONSTRAINT dues_rule_rate_check CHECK (rate_basis_points BETWEEN 1 AND 10000),
        fixed_amount_vnd     integer     CONSTRAINT dues_rule_fixed_check CHECK (fixed_amount_vnd > 0),
        fixed_amount_max_vnd integer,
        effective_from       date        NOT NULL,
        effective_to         date,
        source               text        NOT NULL CONSTRAINT dues_rule_source_check CHECK (length(btrim(source)) > 0),
        created_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT dues_rule_amount_check CHECK (num_nonnulls(rate_basis_points, fixed_amount_vnd) = 1 AND (base = 'fixed') = (fixed_amount_vnd IS NOT NULL)),
        CONSTRAINT dues_rule_range_check CHECK (fixed_amount_max_vnd IS NULL OR fixed_amount_max_vnd > fixed_amount_vnd),
        CONSTRAINT dues_rule_period_check CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT dues_rule_no_overlap EXCLUDE USING gist (code WITH =, daterange(effective_from, effective_to, '[]') WITH &&)
      )`);
    for (const rule of SEED) {
      await runner.query(
        `INSERT INTO dues_rule (id, code, description, base, rate_basis_points, fixed_amount_vnd, fixed_amount_max_vnd, effective_from, effective_to, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          rule.id,
          rule.code,
          rule.description,
          rule.base,
          rule.rateBasisPoints,
          rule.fixedAmountVnd,
          rule.fixedAmountMaxVnd,
          rule.effectiveFrom,
          rule.effectiveTo,
          rule.source,
        ],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // btree_gist stays: other tables may use it, and dropping an extension needs more rights.
    await runner.query('DROP TABLE dues_rule');
  }
}
