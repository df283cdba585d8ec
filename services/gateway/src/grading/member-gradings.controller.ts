import { DEFAULT_PAGE_LIMIT, type MemberGradingDto, type OrgGradingDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { GradingDecisionInputDto, GradingMarkInputDto, MemberGradingsQueryDto } from './dto/grading-input.dto';
import { MemberGradingPageDto, MemberGradingResponseDto, OrgGradingResponseDto } from './dto/grading.dto';
import { GRADING_IF_MATCH } from './grading-campaigns.controller';
import { GradingClient } from './grading.client';

const STEP_ERRORS = [400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED', 'COMMON.RULE_VIOLATION'] as const;

/** Members' and orgs' gradings in a campaign: the list, the chi bộ's proposal, the superior's decision. */
@ApiTags('grading')
@ApiBearerAuth()
@Controller('grading-campaigns/:id')
export class MemberGradingsController {
  constructor(@Inject(GradingClient) private readonly grading: GradingClient) {}

  @Get('member-gradings')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Members listed in the campaign within the caller\'s scope, by org then member: step, points and level at each step', operationId: 'listMemberGradings' })
  @ApiOkResponse({ type: MemberGradingPageDto })
  @ApiErrorResponses(400, 401, 403, 404, 'COMMON.NOT_FOUND', 'MEMBERS.ORG_NOT_FOUND')
  list(@Param('id', UuidParamPipe) id: string, @Query() query: MemberGradingsQueryDto, @Caller() caller: CallContext): Promise<MemberGradingPageDto> {
    return this.grading.memberGradings({ ...query, campaignId: id, limit: query.limit ?? DEFAULT_PAGE_LIMIT }, caller);
  }

  @Post('member-gradings/:memberId/proposal')
  @HttpCode(200)
  @RequirePermission('members:grade')
  @ApiOperation({ summary: 'The chi bộ\'s proposed points and level for a member (If-Match); the level may not be above the band of the points', operationId: 'proposeMemberGrading' })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: MemberGradingResponseDto })
  @ApiErrorResponses(...STEP_ERRORS)
  async propose(
    @Param('id', UuidParamPipe) id: string,
    @Param('memberId', UuidParamPipe) memberId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: GradingMarkInputDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberGradingResponseDto> {
    return withEtag(res, await this.grading.propose({ ...body, campaignId: id, memberId, expectedVersion }, caller));
  }

  @Post('member-gradings/:memberId/decision')
  @HttpCode(200)
  @RequirePermission('members:grade')
  @ApiOperation({
    summary: 'The competent committee\'s decision (a superior org\'s officers; If-Match); refused with 422 when it breaks the cap on "hoàn thành xuất sắc" in the member\'s org',
    operationId: 'decideMemberGrading',
  })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: MemberGradingResponseDto })
  @ApiErrorResponses(...STEP_ERRORS)
  async decide(
    @Param('id', UuidParamPipe) id: string,
    @Param('memberId', UuidParamPipe) memberId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: GradingDecisionInputDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberGradingResponseDto> {
    return withEtag(res, await this.grading.decide({ ...body, campaignId: id, memberId, expectedVersion }, caller));
  }

  @Post('org-gradings/:orgId/decision')
  @HttpCode(200)
  @RequirePermission('members:grade')
  @ApiOperation({ summary: 'Grade an org (chi bộ, đảng bộ) in the campaign: by a superior only (If-Match); the cap counts the orgs under the same parent', operationId: 'decideOrgGrading' })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: OrgGradingResponseDto })
  @ApiErrorResponses(...STEP_ERRORS)
  async decideOrg(
    @Param('id', UuidParamPipe) id: string,
    @Param('orgId', UuidParamPipe) orgId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: GradingDecisionInputDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgGradingResponseDto> {
    return withEtag(res, await this.grading.decideOrg({ ...body, campaignId: id, orgId, expectedVersion }, caller));
  }
}

function withEtag<T extends MemberGradingDto | OrgGradingDto>(res: Response, grading: T): T {
  res.setHeader('ETag', etagOf(grading.version));
  return grading;
}
