import { IsOptional } from 'class-validator';
import { IsPartyDate } from '../common/validators';

/** One versioned party-dues rule (342-QĐ/TW 2010, replaced by 01-QĐ/TW 2026). */
export interface DuesRuleDto {
  id: string;
  code: string;
  description: string;
  /** Basis points of the income base (100 = 1%), or null when the rule is a fixed amount. */
  rateBasisPoints: number | null;
  fixedAmountVnd: number | null;
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
