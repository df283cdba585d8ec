import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { BadgesClient } from './badges.client';
import { BadgeCandidatesQueryDto, RecordBadgeDto } from './dto/badge-input.dto';
import { BadgeCandidatePageResponseDto, MemberBadgeResponseDto } from './dto/badge.dto';

/** Huy hiệu Đảng: who is proposed at an award occasion (with why), and the badges given. */
@ApiTags('badges')
@ApiBearerAuth()
@Controller()
export class BadgesController {
  constructor(@Inject(BadgesClient) private readonly badges: BadgesClient) {}

  @Get('orgs/:id/badge-candidates')
  @RequirePermission('members:read')
  @ApiOperation({
    summary: 'Badge register of a subtree at an award occasion: milestone, reach date, basis (regular, early for serious illness, posthumous), missed milestones, discipline delay and rule source',
    operationId: 'listBadgeCandidates',
  })
  @ApiOkResponse({ type: BadgeCandidatePageResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  candidates(@Param('id', UuidParamPipe) id: string, @Query() query: BadgeCandidatesQueryDto, @Caller() caller: CallContext): Promise<BadgeCandidatePageResponseDto> {
    return this.badges.candidates({ orgId: id, occasion: query.occasion, milestone: query.milestone, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }

  @Post('members/:id/badges')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Record a badge given (sổ tặng Huy hiệu Đảng); the rule is checked again on the award date', operationId: 'recordMemberBadge' })
  @ApiCreatedResponse({ type: MemberBadgeResponseDto, headers: { Location: { description: 'The member\'s badges' } } })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422, 'MEMBERS.MEMBER_NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.RULE_VIOLATION')
  async record(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RecordBadgeDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberBadgeResponseDto> {
    const saved = await this.badges.record({ ...body, memberId: id }, caller);
    res.location(`/api/v1/members/${id}/badges`);
    return saved;
  }

  @Get('members/:id/badges')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The badges a member was given, lowest milestone first', operationId: 'listMemberBadges' })
  @ApiOkResponse({ type: [MemberBadgeResponseDto] })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  ofMember(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<MemberBadgeResponseDto[]> {
    return this.badges.ofMember(id, caller);
  }
}
