import type { LifecycleActionResultDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditAction, AuditRead } from '../audit/audit.decorators';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { toMemberResponse } from '../members/member.mapper';
import { PageQueryDto } from '../orgs/dto/org-queries.dto';
import { DecidedLifecycleDto, ExemptMemberDto, RecordAdmissionDto, RecordCeremonyDto, RecordDeathDto, RecordRecognitionDto, RemoveMemberDto } from './dto/lifecycle-input.dto';
import { LifecycleActionResponseDto, MemberLifecycleResponseDto } from './dto/lifecycle.dto';
import { MemberLifecycleClient } from './member-lifecycle.client';

/** Every action: members:write in the caller's subtree, If-Match, the new version as ETag, audited as members.lifecycle.<action>. */
function LifecycleAction(action: string, operationId: string, summary: string) {
  return applyDecorators(
    HttpCode(200),
    AuditAction(`members.lifecycle.${action}`, 'member'),
    RequirePermission('members:write'),
    ApiOperation({ summary, operationId }),
    ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the member record as last read, e.g. "3"' }),
    ApiOkResponse({ type: LifecycleActionResponseDto, headers: { ETag: { description: 'The record\'s new version' } } }),
    ApiErrorResponses(400, 401, 403, 404, 412, 413, 415, 422, 428, 'MEMBERS.MEMBER_NOT_FOUND', 'MEMBERS.MEMBER_VERSION_MISMATCH', 'COMMON.RULE_VIOLATION'),
  );
}

/**
 * A member's lifecycle by the Party's rules: the computed dates with their rules, and one route per
 * action (admission … death). A status the action is not open to answers 422 with a detail code.
 */
@ApiTags('member-lifecycle')
@ApiBearerAuth()
@Controller('members/:id/lifecycle')
export class MemberLifecycleController {
  constructor(@Inject(MemberLifecycleClient) private readonly lifecycle: MemberLifecycleClient) {}

  @Get()
  @RequirePermission('members:read')
  @AuditRead('members.lifecycle.read', 'member')
  @ApiOperation({
    summary: 'Computed lifecycle dates (ceremony deadline, recognition due and consider-by, complaint deadline), each with its rule; party age; history a keyset page at a time (cursor = historyNextCursor)',
    operationId: 'getMemberLifecycle',
  })
  @ApiOkResponse({ type: MemberLifecycleResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  get(@Param('id', UuidParamPipe) id: string, @Query() query: PageQueryDto, @Caller() caller: CallContext): Promise<MemberLifecycleResponseDto> {
    return this.lifecycle.get({ id, limit: query.limit, cursor: query.cursor }, caller);
  }

  @Post('admission')
  @LifecycleAction('admission', 'recordMemberAdmission', 'Record the admission decision of a probationary member (and the ceremony, when held); the ceremony deadline is computed')
  admission(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: RecordAdmissionDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.admission({ ...body, id, expectedVersion }, caller));
  }

  @Post('ceremony')
  @LifecycleAction('ceremony', 'recordMemberCeremony', 'Record the admission ceremony; after 30 working days from receipt it is recorded and flagged late')
  ceremony(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: RecordCeremonyDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.ceremony({ ...body, id, expectedVersion }, caller));
  }

  @Post('recognition')
  @LifecycleAction('recognition', 'recordMemberRecognition', 'Record the consideration of official recognition: approved (official from the due date), a failed vote (the third escalates), or not recognised (removal proposed)')
  recognition(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: RecordRecognitionDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.recognition({ ...body, id, expectedVersion }, caller));
  }

  @Post('exemption')
  @LifecycleAction('exemption', 'exemptMember', 'Exempt an official member from work and activities (stays on the roll, not graded)')
  exemption(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: ExemptMemberDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.exemption({ ...body, id, expectedVersion }, caller));
  }

  @Post('exemption-end')
  @LifecycleAction('exemption-end', 'endMemberExemption', 'Return an exempt member to work and activities')
  exemptionEnd(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: DecidedLifecycleDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.exemptionEnd({ ...body, id, expectedVersion }, caller));
  }

  @Post('removal')
  @LifecycleAction('removal', 'removeMember', 'Remove from the roll (xóa tên) on a ground of 29-QĐ/TW point 8.1; the complaint deadline is computed')
  removal(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: RemoveMemberDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.removal({ ...body, id, expectedVersion }, caller));
  }

  @Post('expulsion')
  @LifecycleAction('expulsion', 'expelMember', 'Record an expulsion (khai trừ): the period ends and the member leaves the đảng số')
  expulsion(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: DecidedLifecycleDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.expulsion({ ...body, id, expectedVersion }, caller));
  }

  @Post('leaving')
  @LifecycleAction('leaving', 'recordMemberLeaving', 'Record leaving the Party at the member\'s request (xin ra khỏi Đảng)')
  leaving(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: DecidedLifecycleDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.leaving({ ...body, id, expectedVersion }, caller));
  }

  @Post('death')
  @LifecycleAction('death', 'recordMemberDeath', 'Record a death (từ trần) on its date')
  death(@Param('id', UuidParamPipe) id: string, @IfMatchVersion() expectedVersion: number, @Body() body: RecordDeathDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response) {
    return withEtag(res, this.lifecycle.death({ ...body, id, expectedVersion }, caller));
  }
}

async function withEtag(res: Response, work: Promise<LifecycleActionResultDto>): Promise<LifecycleActionResponseDto> {
  const result = await work;
  res.setHeader('ETag', etagOf(result.member.version));
  return { ...result, member: toMemberResponse(result.member) };
}
