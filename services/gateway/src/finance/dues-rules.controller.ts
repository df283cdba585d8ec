import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { ListDuesRulesQueryDto } from './dto/list-dues-rules-query.dto';
import { DuesRuleListDto } from './dto/dues-rule.dto';
import { toDuesRuleResponse } from './dues-rule.mapper';
import { FinanceClient } from './finance.client';

/** Party-dues rules (342-QĐ/TW, 01-QĐ/TW): reference data, the same for every organisation. */
@ApiTags('finance')
@ApiBearerAuth()
@Controller('finance/dues-rules')
export class DuesRulesController {
  constructor(@Inject(FinanceClient) private readonly finance: FinanceClient) {}

  @Get()
  @RequirePermission('finance:read', 'none')
  @ApiOperation({ summary: 'The dues rules in force on a day, or every version', operationId: 'listDuesRules' })
  @ApiOkResponse({ type: DuesRuleListDto })
  @ApiErrorResponses(400, 401, 403)
  async list(@Query() query: ListDuesRulesQueryDto, @Caller() caller: CallContext): Promise<DuesRuleListDto> {
    const rules = await this.finance.listDuesRules({ onDate: query.onDate }, caller);
    return { items: rules.map(toDuesRuleResponse) };
  }
}
