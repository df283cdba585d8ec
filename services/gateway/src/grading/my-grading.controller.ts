import { DomainError, type CallContext } from '@lienthong/platform';
import { Body, Controller, Get, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, CurrentPrincipal } from '../auth/caller.decorator';
import { GatewayUserRepository } from '../auth/gateway-user.repository';
import type { Principal } from '../auth/principal';
import { RequireSignIn } from '../auth/require-permission.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { GradingMarkInputDto } from './dto/grading-input.dto';
import { MemberGradingResponseDto, OwnMemberGradingResponseDto } from './dto/grading.dto';
import { GRADING_IF_MATCH } from './grading-campaigns.controller';
import { GradingClient } from './grading.client';

/**
 * The signed-in member's own grading (scope self): the member is the account's linked record
 * (`gateway_user.member_id`), read here and never taken from the request, so a member can only
 * ever assess themself.
 */
@ApiTags('grading')
@ApiBearerAuth()
@Controller('me')
export class MyGradingController {
  constructor(
    @Inject(GradingClient) private readonly grading: GradingClient,
    @Inject(GatewayUserRepository) private readonly users: GatewayUserRepository,
  ) {}

  @Get('gradings')
  @RequireSignIn()
  @ApiOperation({ summary: 'The signed-in member\'s own gradings with their campaigns, newest year first (for self-assessment)', operationId: 'listMyGradings' })
  @ApiOkResponse({ type: [OwnMemberGradingResponseDto] })
  @ApiErrorResponses(401, 404, 'MEMBERS.MEMBER_RECORD_NOT_LINKED')
  async list(@CurrentPrincipal() principal: Principal, @Caller() caller: CallContext): Promise<OwnMemberGradingResponseDto[]> {
    return this.grading.listOwn({ memberId: await this.linkedMemberId(principal) }, caller);
  }

  @Get('grading-campaigns/:id/grading')
  @RequireSignIn()
  @ApiOperation({ summary: 'The signed-in member\'s own grading in a campaign', operationId: 'getMyGrading' })
  @ApiOkResponse({ type: MemberGradingResponseDto, headers: { ETag: { description: 'The grading\'s version' } } })
  @ApiErrorResponses(400, 401, 404, 'MEMBERS.MEMBER_RECORD_NOT_LINKED', 'COMMON.NOT_FOUND')
  async get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<MemberGradingResponseDto> {
    const grading = await this.grading.own({ campaignId: id, memberId: await this.linkedMemberId(principal) }, caller);
    res.setHeader('ETag', etagOf(grading.version));
    return grading;
  }

  @Put('grading-campaigns/:id/self-assessment')
  @RequireSignIn()
  @ApiOperation({ summary: 'One\'s own self-assessment (If-Match): points and level, until the deadline and the chi bộ\'s proposal', operationId: 'selfAssessMyGrading' })
  @ApiHeader(GRADING_IF_MATCH)
  @ApiOkResponse({ type: MemberGradingResponseDto })
  @ApiErrorResponses(400, 401, 404, 409, 412, 413, 415, 428, 'MEMBERS.MEMBER_RECORD_NOT_LINKED', 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async selfAssess(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: GradingMarkInputDto,
    @CurrentPrincipal() principal: Principal,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberGradingResponseDto> {
    const memberId = await this.linkedMemberId(principal);
    const grading = await this.grading.selfAssess({ ...body, campaignId: id, memberId, expectedVersion }, caller);
    res.setHeader('ETag', etagOf(grading.version));
    return grading;
  }

  private async linkedMemberId(principal: Principal): Promise<string> {
    const memberId = (await this.users.findById(principal.userId))?.memberId ?? null;
    if (memberId === null) throw new DomainError('MEMBERS.MEMBER_RECORD_NOT_LINKED');
    return memberId;
  }
}
