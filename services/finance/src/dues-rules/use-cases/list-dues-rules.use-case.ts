import type { DuesRuleDto, ListDuesRulesRequest } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { toDuesRuleDto } from '../dues-rule.mapper';
import { DuesRuleRepository } from '../dues-rule.repository';

/**
 * The dues rules in force on a date (342-QĐ/TW until it was replaced, 01-QĐ/TW after),
 * or every version when no date is given. Reference data: the same for every organisation.
 */
@Injectable()
export class ListDuesRulesUseCase {
  constructor(@Inject(DuesRuleRepository) private readonly rules: DuesRuleRepository) {}

  async execute(request: ListDuesRulesRequest): Promise<DuesRuleDto[]> {
    const rows = await this.rules.list(request.onDate);
    return rows.map(toDuesRuleDto);
  }
}
