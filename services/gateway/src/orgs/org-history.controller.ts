import type { ErrorCode, RestructuringDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { etagOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { OrgHistoryResponseDto } from './dto/org-history.dto';
import { CloseOrgTermDto, OpenOrgTermDto, OrgTermListDto, OrgTermResponseDto, TermInForceQueryDto } from './dto/org-term.dto';
import { MergeOrgsDto, RestructuringResponseDto, SplitOrgDto } from './dto/restructure-orgs.dto';
import { OrgHistoryClient } from './org-history.client';
import { toOrgResponse } from './org.mapper';

const IF_MATCH_ORG = { name: 'If-Match', required: true, description: 'The ETag of the org as last read, e.g. "3"' } as const;
/** What a merge or split can answer besides bad input: each code implies its status. */
const RESTRUCTURING_ERRORS = [
  'MEMBERS.ORG_NOT_FOUND',
  'MEMBERS.ORG_CLOSED',
  'MEMBERS.ORG_SHORT_NAME_TAKEN',
  'MEMBERS.ORG_VERSION_MISMATCH',
  'MEMBERS.ORG_MERGE_INTO_DESCENDANT',
  'MEMBERS.ORG_KIND_NOT_ALLOWED',
  'MEMBERS.ORG_PARENT_NOT_FOUND',
  'MEMBERS.ORG_PARENT_CLOSED',
] as const satisfies readonly ErrorCode[];
const IF_MATCH_TERM = { name: 'If-Match', required: true, description: 'The ETag of the term as last read, e.g. "1"' } as const;

/** The tree over time: restructuring (merge, split), an org's history and successors, its terms (nhiệm kỳ). */
@ApiTags('orgs')
@ApiBearerAuth()
@Controller('orgs')
export class OrgHistoryController {
  constructor(@Inject(OrgHistoryClient) private readonly client: OrgHistoryClient) {}

  @Post('merges')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Merge orgs (hợp nhất) into an open org or one the decision founds, from an effective date', operationId: 'mergeOrgs' })
  @ApiOkResponse({ type: RestructuringResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, ...RESTRUCTURING_ERRORS)
  async merge(@Body() body: MergeOrgsDto, @Caller() caller: CallContext): Promise<RestructuringResponseDto> {
    const result = await this.client.merge(
      {
        sources: body.sources.map((s) => ({ id: s.id, expectedVersion: s.version })),
        targetId: body.targetId,
        newTarget: body.newTarget,
        childPlacements: body.childPlacements,
        effectiveDate: body.effectiveDate,
        decisionRef: body.decisionRef,
      },
      caller,
    );
    return toRestructuringResponse(result);
  }

  @Post(':id/split')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Split an org (chia tách) into new ones from an effective date', operationId: 'splitOrg' })
  @ApiHeader(IF_MATCH_ORG)
  @ApiOkResponse({ type: RestructuringResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, 428, ...RESTRUCTURING_ERRORS)
  async split(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: SplitOrgDto,
    @Caller() caller: CallContext,
  ): Promise<RestructuringResponseDto> {
    const result = await this.client.split(
      {
        source: { id, expectedVersion },
        parts: body.parts,
        childPlacements: body.childPlacements,
        memberPartIndex: body.memberPartIndex,
        memberPlacements: body.memberPlacements,
        effectiveDate: body.effectiveDate,
        decisionRef: body.decisionRef,
      },
      caller,
    );
    return toRestructuringResponse(result);
  }

  @Get(':id/history')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Versions of an org and its predecessors and successors, each with a sentence to read', operationId: 'getOrgHistory' })
  @ApiOkResponse({ type: OrgHistoryResponseDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  history(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<OrgHistoryResponseDto> {
    return this.client.history({ id }, caller);
  }

  @Get(':id/terms')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Terms (nhiệm kỳ) of an org, newest first', operationId: 'listOrgTerms' })
  @ApiOkResponse({ type: OrgTermListDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  terms(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<OrgTermListDto> {
    return this.client.listTerms({ orgId: id }, caller);
  }

  @Get(':id/terms/in-force')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The term of an org in force on a date (document numbering restarts per term)', operationId: 'getOrgTermInForce' })
  @ApiOkResponse({ type: OrgTermResponseDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_TERM_NOT_FOUND')
  termInForce(@Param('id', UuidParamPipe) id: string, @Query() query: TermInForceQueryDto, @Caller() caller: CallContext): Promise<OrgTermResponseDto> {
    return this.client.termInForce({ orgId: id, date: query.date }, caller);
  }

  @Post(':id/terms')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Open a term of an org (or record a past one with its end date)', operationId: 'openOrgTerm' })
  @ApiCreatedResponse({ type: OrgTermResponseDto, headers: { ETag: { description: 'The term\'s version, e.g. "1"' } } })
  @ApiErrorResponses(400, 401, 403, 413, 415, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'MEMBERS.ORG_TERM_OVERLAP')
  async openTerm(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OpenOrgTermDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgTermResponseDto> {
    const term = await this.client.openTerm({ orgId: id, number: body.number, label: body.label, startDate: body.startDate, endDate: body.endDate }, caller);
    res.setHeader('ETag', etagOf(term.version));
    return term;
  }

  @Post(':id/terms/:termId/close')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Close the open term of an org on its last day', operationId: 'closeOrgTerm' })
  @ApiHeader(IF_MATCH_TERM)
  @ApiOkResponse({ type: OrgTermResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, 428, 'MEMBERS.ORG_TERM_NOT_FOUND', 'MEMBERS.ORG_TERM_CLOSED', 'MEMBERS.ORG_TERM_VERSION_MISMATCH')
  async closeTerm(
    @Param('id', UuidParamPipe) id: string,
    @Param('termId', UuidParamPipe) termId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CloseOrgTermDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgTermResponseDto> {
    // The service answers ORG_TERM_NOT_FOUND for a term of another org than the path's.
    const term = await this.client.closeTerm({ orgId: id, termId, expectedVersion, endDate: body.endDate }, caller);
    res.setHeader('ETag', etagOf(term.version));
    return term;
  }
}

function toRestructuringResponse(result: RestructuringDto): RestructuringResponseDto {
  return {
    id: result.id,
    kind: result.kind,
    effectiveDate: result.effectiveDate,
    decisionRef: result.decisionRef,
    predecessors: result.predecessors.map(toOrgResponse),
    successors: result.successors.map(toOrgResponse),
    movedChildren: result.movedChildren.map(toOrgResponse),
  };
}
