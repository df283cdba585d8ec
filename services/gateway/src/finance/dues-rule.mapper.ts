import type { DuesRuleDto } from '@lienthong/contracts';
import type { DuesRuleResponseDto } from './dto/dues-rule.dto';

/** Field by field, so that a field added to the message contract is not published by accident. */
export function toDuesRuleResponse(rule: DuesRuleDto): DuesRuleResponseDto {
  return {
    id: rule.id,
    code: rule.code,
    description: rule.description,
    rateBasisPoints: rule.rateBasisPoints,
    fixedAmountVnd: rule.fixedAmountVnd,
    fixedAmountMaxVnd: rule.fixedAmountMaxVnd,
    base: rule.base,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    source: rule.source,
  };
}
