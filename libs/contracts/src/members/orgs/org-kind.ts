import { IsOptional } from 'class-validator';
import { IsPartyDate } from '../../common/validators';

/**
 * Kinds of party organisation (Điều lệ Đảng; 294-QĐ/TW, 2025). Which kind may sit under
 * which is reference data in the members service, not a rule coded here.
 */
export const ORG_KINDS = [
  'trung-uong',
  'dang-bo-truc-thuoc-tw',
  'dang-bo-cap-tren-co-so',
  'dang-bo-co-so',
  'chi-bo-co-so',
  'dang-bo-bo-phan',
  'chi-bo-truc-thuoc',
] as const;

export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, { vi: string; en: string }> = {
  'trung-uong': { vi: 'Trung ương', en: 'Central Committee' },
  'dang-bo-truc-thuoc-tw': { vi: 'Đảng bộ trực thuộc Trung ương', en: 'Party committee under the Central Committee' },
  'dang-bo-cap-tren-co-so': { vi: 'Đảng bộ cấp trên trực tiếp cơ sở', en: 'Committee directly above grassroots' },
  'dang-bo-co-so': { vi: 'Đảng bộ cơ sở', en: 'Grassroots party committee' },
  'chi-bo-co-so': { vi: 'Chi bộ cơ sở', en: 'Grassroots party cell' },
  'dang-bo-bo-phan': { vi: 'Đảng bộ bộ phận', en: 'Sub-committee' },
  'chi-bo-truc-thuoc': { vi: 'Chi bộ trực thuộc', en: 'Subordinate party cell' },
};

/** Which kinds may sit under which, in force on `onDate` (absent: today in Viet Nam). */
export class ListOrgKindRulesRequest {
  @IsOptional()
  @IsPartyDate()
  onDate?: string;
}

/** One rule: `childKind` may sit under `parentKind` (null: at the root) from `effectiveFrom` to `effectiveTo` (inclusive; null: in force). */
export interface OrgKindRuleDto {
  parentKind: OrgKind | null;
  childKind: OrgKind;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
}

export interface OrgKindRulesDto {
  onDate: string;
  rules: OrgKindRuleDto[];
}
