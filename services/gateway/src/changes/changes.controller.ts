import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { ChangePageDto } from './dto/change.dto';
import { ListChangesQueryDto } from './dto/list-changes-query.dto';
import { ListChangesUseCase } from './use-cases/list-changes.use-case';

/** The change feed: what changed within my scope since a cursor (type, id, version, action, time). */
@ApiTags('changes')
@ApiBearerAuth()
@Controller('changes')
export class ChangesController {
  constructor(@Inject(ListChangesUseCase) private readonly listChanges: ListChangesUseCase) {}

  @Get()
  @RequirePermission('members:read')
  @ApiOperation({
    summary: 'Changes within my scope after a cursor, oldest first; 410 when the cursor is older than the retention (start again without `since` after a full sync)',
    operationId: 'listChanges',
  })
  @ApiOkResponse({ type: ChangePageDto })
  @ApiErrorResponses(400, 401, 403, 'CHANGES.CURSOR_EXPIRED')
  list(@Query() query: ListChangesQueryDto, @CurrentPrincipal() caller: Principal): Promise<ChangePageDto> {
    return this.listChanges.execute(query, caller);
  }
}
