import { DEFAULT_PAGE_LIMIT, type GradingCampaignDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { GradingCampaignsQueryDto, GradingRollupQueryDto, OpenGradingCampaignDto } from './dto/grading-input.dto';
import { GradingCampaignPageDto, GradingCampaignResponseDto, GradingRollupResponseDto } from './dto/grading.dto';
import { GradingClient } from './grading.client';

export const GRADING_IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag (or `version`) of the record as last read, e.g. "3"' } as const;

/** Annual grading campaigns (366-QĐ/TW): opened over an org's subtree by a superior, closed when done; the roll-up. */
@ApiTags('grading')
@ApiBearerAuth()
@Controller()
export class GradingCampaignsController {
  constructor(@Inject(GradingClient) private readonly grading: GradingClient) {}

  @Post('orgs/:id/grading-campaigns')
  @RequirePermission('members:grade')
  @ApiOperation({ summary: 'Open the year\'s grading campaign over an org\'s subtree: lists every member on the roll (exempt ones excluded) and every org', operationId: 'openGradingCampaign' })
  @ApiCreatedResponse({ type: GradingCampaignResponseDto, headers: { Location: { description: 'URL of the campaign' }, ETag: { description: '"1"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 'MEMBERS.ORG_NOT_FOUND', 'COMMON.CONFLICT')
  async open(@Param('id', UuidParamPipe) id: string, @Body() body: OpenGradingCampaignDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<GradingCampaignResponseDto> {
    const campaign = await this.grading.open({ ...body, rootOrgId: id }, caller);
    res.location(`/api/v1/grading-campaigns/${campaign.id}`);
    return withEtag(res, campaign);
  }

  @Get('grading-campaigns')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Campaigns the caller sees (opened within its scope, or above it and covering it), newest year first', operationId: 'listGradingCampaigns' })
  @ApiOkResponse({ type: GradingCampaignPageDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  list(@Query() query: GradingCampaignsQueryDto, @Caller() caller: CallContext): Promise<GradingCampaignPageDto> {
    return this.grading.list({ ...query, limit: query.limit ?? DEFAULT_PAGE_LIMIT }, caller);
  }

  @Get('grading-campaigns/:id')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'One campaign; its version is the ETag', operationId: 'getGradingCampaign' })
  @ApiOkResponse({ type: GradingCampaignResponseDto, headers: { ETag: { description: 'The version, e.g. "2"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 'COMMON.NOT_FOUND')
  async get(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<GradingCampaignResponseDto> {
    return withEtag(res, await this.grading.get(id, caller));
  }

  @Post('grading-campaigns/:id/close')
  @HttpCode(200)
  @RequirePermission('members:grade')
  @ApiOperation({ summary: 'Close a campaign (If-Match): no step can be taken afterwards; only from its root or above', operationId: 'closeGradingCampaign' })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: GradingCampaignResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async close(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<GradingCampaignResponseDto> {
    return withEtag(res, await this.grading.close({ id, expectedVersion }, caller));
  }

  @Post('grading-campaigns/:id/refresh')
  @HttpCode(200)
  @RequirePermission('members:grade')
  @ApiOperation({
    summary: 'List the roll again while open (If-Match): members and orgs added since, members not yet assessed moved or exempted since; assessed rows kept',
    operationId: 'refreshGradingCampaign',
  })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: GradingCampaignResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async refresh(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<GradingCampaignResponseDto> {
    return withEtag(res, await this.grading.refresh({ id, expectedVersion }, caller));
  }

  @Get('grading-campaigns/:id/rollup')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Results per org: the org and its children, members counted per decided level (whole subtrees), each org\'s own grading, and the cap on "hoàn thành xuất sắc" in the org\'s own group', operationId: 'getGradingRollup' })
  @ApiOkResponse({ type: GradingRollupResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'COMMON.NOT_FOUND')
  rollup(@Param('id', UuidParamPipe) id: string, @Query() query: GradingRollupQueryDto, @Caller() caller: CallContext): Promise<GradingRollupResponseDto> {
    return this.grading.rollup({ campaignId: id, orgId: query.orgId }, caller);
  }
}

function withEtag(res: Response, campaign: GradingCampaignDto): GradingCampaignResponseDto {
  res.setHeader('ETag', etagOf(campaign.version));
  return campaign;
}
