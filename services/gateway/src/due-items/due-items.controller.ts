import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { DueItemsClient } from './due-items.client';
import { DueItemPageResponseDto, DueItemsQueryDto } from './dto/due-item.dto';

/** "Việc cần làm": what falls due (recognitions, ceremonies, badges, transfers to confirm), computed daily. */
@ApiTags('due-items')
@ApiBearerAuth()
@Controller()
export class DueItemsController {
  constructor(@Inject(DueItemsClient) private readonly dueItems: DueItemsClient) {}

  @Get('orgs/:id/due-items')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'What falls due in an org\'s subtree (latest daily run), earliest deadline first', operationId: 'listOrgDueItems' })
  @ApiOkResponse({ type: DueItemPageResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  ofOrg(@Param('id', UuidParamPipe) id: string, @Query() query: DueItemsQueryDto, @Caller() caller: CallContext): Promise<DueItemPageResponseDto> {
    return this.dueItems.list({ orgId: id, kind: query.kind, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }

  @Get('me/due-items')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'What falls due in the signed-in officer\'s scope (latest daily run), earliest deadline first', operationId: 'listMyDueItems' })
  @ApiOkResponse({ type: DueItemPageResponseDto })
  @ApiErrorResponses(400, 401, 403)
  mine(@Query() query: DueItemsQueryDto, @Caller() caller: CallContext): Promise<DueItemPageResponseDto> {
    return this.dueItems.list({ kind: query.kind, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }
}
