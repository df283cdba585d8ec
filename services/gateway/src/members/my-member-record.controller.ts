import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { DomainError, type CallContext } from '@lienthong/platform';
import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRead } from '../audit/audit.decorators';
import { Caller, CurrentPrincipal } from '../auth/caller.decorator';
import { GatewayUserRepository } from '../auth/gateway-user.repository';
import type { Principal } from '../auth/principal';
import { RequireSignIn } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { CorrectionPageDto, CorrectionRequestResponseDto, CreateCorrectionDto } from './dto/member-correction.dto';
import { MyMemberRecordResponseDto } from './dto/member.dto';
import { PageQueryDto } from '../orgs/dto/org-queries.dto';
import { toCorrectionPage, toCorrectionResponse, toMemberResponse } from './member.mapper';
import { OrgNames } from '../common/org-names';

/**
 * A member's own record (scope self), through the account's link to it (`gateway_user.member_id`,
 * set by an administrator). The link is read here, never taken from the request.
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller('me/member-record')
export class MyMemberRecordController {
  constructor(
    @Inject(MembersClient) private readonly members: MembersClient,
    @Inject(GatewayUserRepository) private readonly users: GatewayUserRepository,
    @Inject(OrgNames) private readonly orgNames: OrgNames,
  ) {}

  @Get()
  @RequireSignIn()
  @AuditRead('members.record.read-own', 'member')
  @ApiOperation({ summary: 'The signed-in member\'s own record, sensitive fields included', operationId: 'getMyMemberRecord' })
  @ApiOkResponse({ type: MyMemberRecordResponseDto })
  @ApiErrorResponses(401, 404, 'MEMBERS.MEMBER_RECORD_NOT_LINKED')
  async get(@CurrentPrincipal() principal: Principal, @Caller() caller: CallContext): Promise<MyMemberRecordResponseDto> {
    const member = await this.members.getOwnMember({ memberId: await this.linkedMemberId(principal) }, caller);
    return { ...toMemberResponse(member), orgName: (await this.orgNames.of([member.orgId])).get(member.orgId) ?? null };
  }

  @Post('corrections')
  @RequireSignIn()
  @ApiOperation({ summary: 'Ask the officers of one\'s org to correct one\'s record', operationId: 'requestMyMemberRecordCorrection' })
  @ApiCreatedResponse({ type: CorrectionRequestResponseDto })
  @ApiErrorResponses(400, 401, 404, 413, 415, 'MEMBERS.MEMBER_RECORD_NOT_LINKED')
  async requestCorrection(@Body() body: CreateCorrectionDto, @CurrentPrincipal() principal: Principal, @Caller() caller: CallContext): Promise<CorrectionRequestResponseDto> {
    const memberId = await this.linkedMemberId(principal);
    return toCorrectionResponse(await this.members.createCorrection({ memberId, items: body.items, note: body.note }, caller));
  }

  @Get('corrections')
  @RequireSignIn()
  @ApiOperation({ summary: 'One\'s own correction requests, newest first, with how the officers closed each', operationId: 'listMyMemberRecordCorrections' })
  @ApiOkResponse({ type: CorrectionPageDto })
  @ApiErrorResponses(400, 401, 404, 'MEMBERS.MEMBER_RECORD_NOT_LINKED')
  async corrections(@Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal, @Caller() caller: CallContext): Promise<CorrectionPageDto> {
    const memberId = await this.linkedMemberId(principal);
    return toCorrectionPage(await this.members.listOwnCorrections({ memberId, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller));
  }

  private async linkedMemberId(principal: Principal): Promise<string> {
    const memberId = (await this.users.findById(principal.userId))?.memberId ?? null;
    if (memberId === null) throw new DomainError('MEMBERS.MEMBER_RECORD_NOT_LINKED');
    return memberId;
  }
}
