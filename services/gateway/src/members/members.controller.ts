import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditRead } from '../audit/audit.decorators';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { etagOf, IfMatchVersion, matchesAnyTag } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { AcceptsExternalId } from '../external-refs/accepts-external-id.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { CreateMemberDto, TransferMemberDto, UpdateMemberDto } from './dto/member-input.dto';
import { MemberPageDto, MemberResponseDto } from './dto/member.dto';
import { ListMembersQueryDto } from './dto/member-queries.dto';
import { toMemberPage, toMemberResponse } from './member.mapper';
import { OrgNames } from '../common/org-names';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the record as last read, e.g. "3"' } as const;

/** Party members' records, served by the members service. Every read of a record is audited. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(
    @Inject(MembersClient) private readonly members: MembersClient,
    @Inject(OrgNames) private readonly orgNames: OrgNames,
  ) {}

  @Get()
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The member roll of a subtree: search by name (diacritics optional), citizen ID, card, status, ages', operationId: 'listMembers' })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  async list(@Query() query: ListMembersQueryDto, @Caller() caller: CallContext): Promise<MemberPageDto> {
    const { status, limit, ...filters } = query;
    const page = await this.members.listMembers({ ...filters, statuses: status, limit: limit ?? DEFAULT_PAGE_LIMIT }, caller);
    return toMemberPage(page, await this.orgNames.of(page.items.map((m) => m.orgId)));
  }

  @Post()
  @RequirePermission('members:write')
  @AcceptsExternalId('member')
  @ApiOperation({ summary: 'Record a party member on an org\'s official roll', operationId: 'createMember' })
  @ApiCreatedResponse({ type: MemberResponseDto, headers: { Location: { description: 'URL of the new record' }, ETag: { description: 'The version, "1"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.CITIZEN_ID_TAKEN', 'MEMBERS.CARD_NUMBER_TAKEN', 'MEMBERS.ORG_CLOSED')
  async create(@Body() body: CreateMemberDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<MemberResponseDto> {
    const member = await this.members.createMember(body, caller);
    res.location(`/api/v1/members/${member.id}`);
    return withEtag(res, member);
  }

  @Get(':id')
  @RequirePermission('members:read')
  @AuditRead('members.record.read', 'member')
  @ApiOperation({ summary: 'One record; sensitive fields only with members:read-sensitive; its version is the ETag', operationId: 'getMember' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag already held: 304 when unchanged' })
  @ApiOkResponse({ type: MemberResponseDto, headers: { ETag: { description: 'The record\'s version, e.g. "3"' } } })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag in If-None-Match' })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  async get(
    @Param('id', UuidParamPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Caller() caller: CallContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberResponseDto | undefined> {
    const member = await this.members.getMember({ id }, caller);
    auditNotes(req).resultOwnerOrgId = member.orgId;
    const body = withEtag(res, member);
    if (ifNoneMatch !== undefined && matchesAnyTag(ifNoneMatch, etagOf(member.version))) {
      res.status(304);
      return undefined;
    }
    return body;
  }

  @Patch(':id')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Change a record (If-Match: no lost update); the whole record is checked again', operationId: 'updateMember' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 413, 415, 428, 'MEMBERS.MEMBER_NOT_FOUND', 'MEMBERS.MEMBER_VERSION_MISMATCH', 'MEMBERS.CITIZEN_ID_TAKEN', 'MEMBERS.CARD_NUMBER_TAKEN')
  async update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: UpdateMemberDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberResponseDto> {
    return withEtag(res, await this.members.updateMember({ ...body, id, expectedVersion }, caller));
  }

  @Post(':id/transfers')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Move the official roll to another org, or attach the member temporarily to a host org', operationId: 'transferMember' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 413, 415, 428, 'MEMBERS.MEMBER_NOT_FOUND', 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'MEMBERS.MEMBER_VERSION_MISMATCH')
  async transfer(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: TransferMemberDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberResponseDto> {
    return withEtag(res, await this.members.transferMember({ id, expectedVersion, toOrgId: body.toOrgId, kind: body.kind, effectiveOn: body.effectiveOn }, caller));
  }
}

function withEtag(res: Response, member: Parameters<typeof toMemberResponse>[0]): MemberResponseDto {
  res.setHeader('ETag', etagOf(member.version));
  return toMemberResponse(member);
}
