import type { OrgKind } from '@lienthong/contracts';

/** One org of the demo tree, with its sub-organisations. */
export interface DemoOrg {
  name: string;
  shortName: string;
  kind: OrgKind;
  validFrom: string;
  closed?: { validTo: string; reason: string };
  children?: DemoOrg[];
}

const FOUNDED = '2025-02-03';

const chiBo = (name: string, shortName: string, closed?: DemoOrg['closed']): DemoOrg => ({
  name,
  shortName,
  kind: 'chi-bo-truc-thuoc',
  validFrom: FOUNDED,
  ...(closed ? { closed } : {}),
});

/**
 * A realistic slice of the tree for demos and first runs: Đảng bộ các cơ quan Đảng Trung
 * ương (QĐ 242-QĐ/TW, 24/01/2025; announced 03/02/2025), some of its đảng bộ cơ sở and
 * their chi bộ. Unit names follow the central agencies' own; the slice is illustrative,
 * not the official list of its subordinate organisations.
 */
export const DEMO_ORG_TREE: DemoOrg = {
  name: 'Đảng bộ các cơ quan Đảng Trung ương',
  shortName: 'ĐU',
  kind: 'dang-bo-truc-thuoc-tw',
  validFrom: '2025-01-24',
  children: [
    {
      name: 'Đảng bộ Văn phòng Trung ương Đảng',
      shortName: 'VPTW',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [
        chiBo('Chi bộ Vụ Tổng hợp', 'VTH'),
        chiBo('Chi bộ Phòng Hành chính', 'PHC'),
        chiBo('Chi bộ Phòng Lưu trữ', 'PLT', { validTo: '2025-06-30', reason: 'Hợp nhất vào Chi bộ Phòng Hành chính' }),
        {
          name: 'Đảng bộ bộ phận Cục Quản trị',
          shortName: 'CQT',
          kind: 'dang-bo-bo-phan',
          validFrom: FOUNDED,
          children: [chiBo('Chi bộ Phòng Quản lý nhà đất', 'PQLNĐ'), chiBo('Chi bộ Phòng Tài vụ', 'PTV')],
        },
      ],
    },
    {
      name: 'Đảng bộ Ban Tổ chức Trung ương',
      shortName: 'BTCTW',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [chiBo('Chi bộ Vụ Tổ chức cơ sở đảng, đảng viên', 'VCSĐ'), chiBo('Chi bộ Văn phòng Ban', 'VPB')],
    },
    {
      name: 'Đảng bộ Ban Tuyên giáo và Dân vận Trung ương',
      shortName: 'BTGDVTW',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [chiBo('Chi bộ Vụ Lý luận chính trị', 'VLLCT'), chiBo('Chi bộ Văn phòng Ban', 'VPB')],
    },
    {
      name: 'Đảng bộ Ủy ban Kiểm tra Trung ương',
      shortName: 'UBKTTW',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [chiBo('Chi bộ Vụ Địa phương I', 'VĐP1')],
    },
    {
      name: 'Đảng bộ Báo Nhân Dân',
      shortName: 'BND',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [chiBo('Chi bộ Ban Thư ký tòa soạn', 'TKTS'), chiBo('Chi bộ Phòng Hành chính', 'PHC')],
    },
    {
      name: 'Đảng bộ Tạp chí Cộng sản',
      shortName: 'TCCS',
      kind: 'dang-bo-co-so',
      validFrom: FOUNDED,
      children: [chiBo('Chi bộ Ban Biên tập', 'BBT')],
    },
  ],
};
