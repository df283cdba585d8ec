import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { OrgKindRulesQueryDto, OrgKindRulesResponseDto } from './dto/org-kind-rules.dto';
import { OrgHistoryClient } from './org-history.client';

/** Reference data for the create-org form: which kinds may sit under which (versioned rules, with their source). */
@ApiTags('orgs')
@ApiBearerAuth()
@Controller('org-kind-rules')
export class OrgKindRulesController {
  constructor(@Inject(OrgHistoryClient) private readonly client: OrgHistoryClient) {}

  @Get()
  @RequirePermission('members:read', 'none')
  @ApiOperation({
    summary: 'The org kind rules in force on a day: which kinds may sit under which parent kind (null: a root)',
    operationId: 'listOrgKindRules',
  })
  @ApiOkResponse({ type: OrgKindRulesResponseDto })
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: OrgKindRulesQueryDto, @Caller() caller: CallContext): Promise<OrgKindRulesResponseDto> {
    return this.client.kindRules({ onDate: query.onDate }, caller);
  }
}
