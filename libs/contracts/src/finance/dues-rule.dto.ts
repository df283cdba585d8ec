import { IsOptional } from 'class-validator';
import { IsPartyDate } from '../common/validators';

/**
 * What a dues percentage is taken of (domain/finance.md §3.3); `fixed` for rules that are
 * an amount, not a percentage.
 */
export const DUES_BASES = ['salary', 'bhxh_salary_prev_month', 'allowance', 'pension', 'regional_minimum_wage', 'other_income', 'fixed'] as const;
export type DuesBase = (typeof DUES_BASES)[number];

/** One versioned party-dues rule (342-QĐ/TW 2010, replaced by 01-QĐ/TW 2026). */
export interface DuesRuleDto {
  id: string;
  code: string;
  description: string;
  /** Basis points of the income base (100 = 1%), or null when the rule is a fixed amount. */
  rateBasisPoints: number | null;
  fixedAmountVnd: number | null;
  /** What `rateBasisPoints` applies to. */
  base: DuesBase;
  /** Set when the rule is a range (342-QĐ/TW: 2.000–30.000 đ): `fixedAmountVnd` is then its lower end. */
  fixedAmountMaxVnd: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
}

export class ListDuesRulesRequest {
  /** Only rules in force on this date; all versions when absent. */
  @IsOptional()
  @IsPartyDate()
  onDate?: string;
}
