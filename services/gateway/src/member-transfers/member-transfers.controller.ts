import { DEFAULT_PAGE_LIMIT, type MemberTransferDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditAction, AuditRead } from '../audit/audit.decorators';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import {
  DecideMemberTransferDto,
  IssueMemberTransferDto,
  ListMemberTransfersQueryDto,
  ReturnMemberTransferDto,
  TransferDeadlinesQueryDto,
  TransferDestinationsQueryDto,
} from './dto/member-transfer-input.dto';
import { MemberTransferPageResponseDto, MemberTransferResponseDto, TransferDeadlinesResponseDto, TransferDestinationResponseDto } from './dto/member-transfer.dto';
import { MemberTransfersClient } from './member-transfers.client';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the transfer as last read, e.g. "1"' } as const;

/**
 * Chuyển sinh hoạt đảng as a two-sided handshake (294-QĐ/TW 6.3.1): the sending side issues and
 * cancels, the receiving side confirms or refuses, either side ends a temporary one early; each side
 * sees the transfer, never the other side's other members.
 */
@ApiTags('member-transfers')
@ApiBearerAuth()
@Controller('member-transfers')
export class MemberTransfersController {
  constructor(@Inject(MemberTransfersClient) private readonly transfers: MemberTransfersClient) {}

  @Post()
  @RequirePermission('members:write')
  @AuditAction('members.transfer.issue', 'member-transfer')
  @ApiOperation({ summary: 'Issue an introduction letter for a member of my subtree, to an org anywhere in the tree or outside the system', operationId: 'issueMemberTransfer' })
  @ApiCreatedResponse({ type: MemberTransferResponseDto, headers: { Location: { description: 'URL of the transfer' }, ETag: { description: '"1"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 'MEMBERS.MEMBER_NOT_FOUND', 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'COMMON.CONFLICT')
  async issue(@Body() body: IssueMemberTransferDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<MemberTransferResponseDto> {
    const transfer = await this.transfers.issue(body, caller);
    res.location(`/api/v1/member-transfers/${transfer.id}`);
    return withEtag(res, transfer);
  }

  @Get('deadlines')
  @RequirePermission('members:read', 'none')
  @ApiOperation({ summary: 'The deadlines a transfer would get (working days, Tết and swapped days counted), with their rule and source', operationId: 'memberTransferDeadlines' })
  @ApiOkResponse({ type: TransferDeadlinesResponseDto })
  @ApiErrorResponses(400, 401, 403)
  deadlines(@Query() query: TransferDeadlinesQueryDto, @Caller() caller: CallContext): Promise<TransferDeadlinesResponseDto> {
    return this.transfers.deadlines({ movedOn: query.movedOn, letterDate: query.letterDate }, caller);
  }

  @Get('destinations')
  @RequirePermission('members:write', 'none')
  @ApiOperation({
    summary: 'Receiving organisations anywhere in the tree by name (a letter leaves the sender\'s subtree): names only, up to 20',
    operationId: 'searchMemberTransferDestinations',
  })
  @ApiOkResponse({ type: [TransferDestinationResponseDto] })
  @ApiErrorResponses(400, 401, 403)
  destinations(@Query() query: TransferDestinationsQueryDto, @Caller() caller: CallContext): Promise<TransferDestinationResponseDto[]> {
    return this.transfers.destinations({ q: query.q }, caller);
  }

  @Get('outgoing')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Outbox: transfers sent from my subtree, newest first', operationId: 'listOutgoingMemberTransfers' })
  @ApiOkResponse({ type: MemberTransferPageResponseDto })
  @ApiErrorResponses(400, 401, 403)
  async outgoing(@Query() query: ListMemberTransfersQueryDto, @Caller() caller: CallContext): Promise<MemberTransferPageResponseDto> {
    return this.transfers.outgoing({ states: query.state, overdue: query.overdue, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }

  @Get('incoming')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Inbox: transfers to my subtree, newest first', operationId: 'listIncomingMemberTransfers' })
  @ApiOkResponse({ type: MemberTransferPageResponseDto })
  @ApiErrorResponses(400, 401, 403)
  async incoming(@Query() query: ListMemberTransfersQueryDto, @Caller() caller: CallContext): Promise<MemberTransferPageResponseDto> {
    return this.transfers.incoming({ states: query.state, overdue: query.overdue, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }

  @Get(':id')
  @RequirePermission('members:read')
  @AuditRead('members.transfer.read', 'member-transfer')
  @ApiOperation({ summary: 'One transfer, from either side (audited: it names a member); its version is the ETag', operationId: 'getMemberTransfer' })
  @ApiOkResponse({ type: MemberTransferResponseDto, headers: { ETag: { description: 'The version, e.g. "2"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 'COMMON.NOT_FOUND')
  async get(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MemberTransferResponseDto> {
    const transfer = await this.transfers.get(id, caller);
    auditNotes(req).resultOwnerOrgId = transfer.fromOrg.id;
    return withEtag(res, transfer);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @RequirePermission('members:write')
  @AuditAction('members.transfer.confirm', 'member-transfer')
  @ApiOperation({ summary: 'Receiving side: the member presented the letter in time; the record moves (official) or is hosted (temporary)', operationId: 'confirmMemberTransfer' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberTransferResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED', 'MEMBERS.ORG_CLOSED')
  async confirm(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: DecideMemberTransferDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberTransferResponseDto> {
    return withEtag(res, await this.transfers.confirm({ ...body, id, expectedVersion }, caller));
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @RequirePermission('members:write')
  @AuditAction('members.transfer.refuse', 'member-transfer')
  @ApiOperation({ summary: 'Receiving side: refuse the letter with its reason (note); the record is back as before', operationId: 'refuseMemberTransfer' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberTransferResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async refuse(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: DecideMemberTransferDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberTransferResponseDto> {
    return withEtag(res, await this.transfers.refuse({ ...body, id, expectedVersion }, caller));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('members:write')
  @AuditAction('members.transfer.cancel', 'member-transfer')
  @ApiOperation({ summary: 'Sending side: withdraw an open letter; the record is back as before', operationId: 'cancelMemberTransfer' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberTransferResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async cancel(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: DecideMemberTransferDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberTransferResponseDto> {
    return withEtag(res, await this.transfers.cancel({ ...body, id, expectedVersion }, caller));
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission('members:write')
  @AuditAction('members.transfer.return', 'member-transfer')
  @ApiOperation({
    summary: 'Either side: a confirmed temporary transfer ends early (the member came back on returnedOn); the hosting ends that day and the status is back on the home roll',
    operationId: 'returnMemberTransfer',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MemberTransferResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.CONFLICT', 'COMMON.PRECONDITION_FAILED')
  async returnEarly(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ReturnMemberTransferDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberTransferResponseDto> {
    return withEtag(res, await this.transfers.returnEarly({ ...body, id, expectedVersion }, caller));
  }
}

function withEtag(res: Response, transfer: MemberTransferDto): MemberTransferResponseDto {
  res.setHeader('ETag', etagOf(transfer.version));
  return transfer;
}
