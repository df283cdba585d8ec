import type { DuesRuleDto } from '@lienthong/contracts';
import type { DuesRuleEntity } from './dues-rule.entity';

export function toDuesRuleDto(row: DuesRuleEntity): DuesRuleDto {
  return {
    id: row.id,
    code: row.code,
    description: row.description,
    rateBasisPoints: row.rateBasisPoints,
    fixedAmountVnd: row.fixedAmountVnd,
    base: row.base,
    fixedAmountMaxVnd: row.fixedAmountMaxVnd,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    source: row.source,
  };
}
