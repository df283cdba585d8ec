import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { ListResolutionsQueryDto } from './dto/list-resolutions-query.dto';
import { ResolutionPageDto } from './dto/resolution.dto';
import { toResolutionPage } from './resolution.mapper';
import { ResolutionsClient } from './resolutions.client';

/** Resolutions an organisation tracks, served by the resolutions service. */
@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('resolutions')
export class ResolutionsController {
  constructor(@Inject(ResolutionsClient) private readonly resolutions: ResolutionsClient) {}

  @Get()
  @RequirePermission('resolutions:read')
  @ApiOperation({ summary: "An organisation's resolutions, newest first", operationId: 'listResolutions' })
  @ApiOkResponse({ type: ResolutionPageDto })
  @ApiErrorResponses(400, 401, 403)
  async list(@Query() query: ListResolutionsQueryDto, @Caller() caller: CallContext): Promise<ResolutionPageDto> {
    const page = await this.resolutions.listResolutions(
      { orgId: query.orgId, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor },
      caller,
    );
    return toResolutionPage(page);
  }
}
