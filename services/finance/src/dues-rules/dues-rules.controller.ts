import { ListDuesRulesRequest, SUBJECTS, type DuesRuleDto } from '@lienthong/contracts';
import { RpcHandler } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ListDuesRulesUseCase } from './use-cases/list-dues-rules.use-case';

/** Message handlers for dues rules: validation and auth happen before these run. */
@Controller()
export class DuesRulesController {
  constructor(@Inject(ListDuesRulesUseCase) private readonly listRules: ListDuesRulesUseCase) {}

  @RpcHandler(SUBJECTS.finance.duesRuleList, ListDuesRulesRequest, { permission: 'finance:read', scope: 'none' })
  list(request: ListDuesRulesRequest): Promise<DuesRuleDto[]> {
    return this.listRules.execute(request);
  }
}
