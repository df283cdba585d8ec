import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { etagOf, IfMatchVersion, matchesAnyTag } from '../common/http/if-match.decorator';
import { AcceptsExternalId } from '../external-refs/accepts-external-id.decorator';
import { RequestValidationError } from '../common/validation/request-validation.error';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { CloseOrgDto } from './dto/close-org.dto';
import { CreateOrgDto } from './dto/create-org.dto';
import { MoveOrgDto } from './dto/move-org.dto';
import { OrgListDto, OrgPageDto, OrgResponseDto } from './dto/org.dto';
import { ListOrgsQueryDto, SearchOrgsQueryDto } from './dto/org-queries.dto';
import { UpdateOrgDto } from './dto/update-org.dto';
import { AsOfQueryDto, OrgChildrenAsOfQueryDto } from './dto/org-history.dto';
import { OrgHistoryClient } from './org-history.client';
import { toOrgPage, toOrgResponse } from './org.mapper';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the org as last read, e.g. "3"' } as const;

/** The party-organisation tree, served by the members service. */
@ApiTags('orgs')
@ApiBearerAuth()
@Controller('orgs')
export class OrgsController {
  constructor(
    @Inject(MembersClient) private readonly members: MembersClient,
    @Inject(OrgHistoryClient) private readonly history: OrgHistoryClient,
  ) {}

  @Get()
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Children of an org, or the roots when parentId is absent', operationId: 'listOrgs' })
  @ApiOkResponse({ type: OrgPageDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  async list(@Query() query: ListOrgsQueryDto, @Caller() caller: CallContext): Promise<OrgPageDto> {
    const page = await this.members.listOrgChildren(
      { parentId: query.parentId ?? null, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor, includeClosed: query.includeClosed },
      caller,
    );
    return toOrgPage(page);
  }

  @Get('search')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Find orgs by name or short name', operationId: 'searchOrgs' })
  @ApiOkResponse({ type: OrgPageDto })
  @ApiErrorResponses(400, 401, 403)
  async search(@Query() query: SearchOrgsQueryDto, @Caller() caller: CallContext): Promise<OrgPageDto> {
    const page = await this.members.searchOrgs(
      {
        q: query.q,
        withinOrgId: query.withinOrgId,
        limit: query.limit ?? DEFAULT_PAGE_LIMIT,
        cursor: query.cursor,
        includeClosed: query.includeClosed,
      },
      caller,
    );
    return toOrgPage(page);
  }

  @Get(':id')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'One org; its version is the ETag. With asOf: the org as it stood that day (no ETag)', operationId: 'getOrg' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag already held: 304 when unchanged' })
  @ApiOkResponse({ type: OrgResponseDto, headers: { ETag: { description: 'The org\'s version, e.g. "3"' } } })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag in If-None-Match' })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  async get(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: AsOfQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto | undefined> {
    if (query.asOf !== undefined) return toOrgResponse(await this.history.getOrgAsOf({ id, asOf: query.asOf }, caller));
    const org = await this.members.getOrg({ id }, caller);
    const body = withEtag(res, org);
    if (ifNoneMatch !== undefined && matchesAnyTag(ifNoneMatch, etagOf(org.version))) {
      res.status(304);
      return undefined;
    }
    return body;
  }

  @Get(':id/children')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Direct children of an org; with asOf, as they stood that day', operationId: 'listOrgChildren' })
  @ApiOkResponse({ type: OrgPageDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  async children(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: OrgChildrenAsOfQueryDto,
    @Caller() caller: CallContext,
  ): Promise<OrgPageDto> {
    if (query.asOf !== undefined) {
      const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
      return toOrgPage(await this.history.listChildrenAsOf({ parentId: id, asOf: query.asOf, limit, cursor: query.cursor, includeClosed: query.includeClosed }, caller));
    }
    const page = await this.members.listOrgChildren(
      { parentId: id, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor, includeClosed: query.includeClosed },
      caller,
    );
    return toOrgPage(page);
  }

  @Get(':id/ancestors')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The orgs above one, from the root down to its parent', operationId: 'listOrgAncestors' })
  @ApiOkResponse({ type: OrgListDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_NOT_FOUND')
  async ancestors(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<OrgListDto> {
    const orgs = await this.members.listOrgAncestors({ id }, caller);
    return { items: orgs.map(toOrgResponse) };
  }

  @Post()
  @RequirePermission('members:write')
  @AcceptsExternalId('org')
  @ApiOperation({ summary: 'Create an org under a parent (or a root)', operationId: 'createOrg' })
  @ApiCreatedResponse({ type: OrgResponseDto, headers: { Location: { description: 'URL of the new org' }, ETag: {} } })
  @ApiErrorResponses(400, 401, 403, 413, 415, 'MEMBERS.ORG_SHORT_NAME_TAKEN', 'MEMBERS.ORG_PARENT_NOT_FOUND', 'MEMBERS.ORG_PARENT_CLOSED', 'MEMBERS.ORG_KIND_NOT_ALLOWED')
  async create(
    @Body() body: CreateOrgDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto> {
    const org = await this.members.createOrg(
      { parentId: body.parentId, name: body.name, shortName: body.shortName, kind: body.kind, validFrom: body.validFrom },
      caller,
    );
    res.location(`/api/v1/orgs/${org.id}`);
    return withEtag(res, org);
  }

  @Patch(':id')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Rename an org or change its short name', operationId: 'updateOrg' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: OrgResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, 422, 428, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'MEMBERS.ORG_SHORT_NAME_TAKEN', 'MEMBERS.ORG_VERSION_MISMATCH')
  async update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: UpdateOrgDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto> {
    if (body.name === undefined && body.shortName === undefined) throw RequestValidationError.field('body', 'atLeastOneField');
    const org = await this.members.updateOrg({ id, expectedVersion, name: body.name, shortName: body.shortName }, caller);
    return withEtag(res, org);
  }

  @Post(':id/move')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Move an org under another parent', operationId: 'moveOrg' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: OrgResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, 428, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'MEMBERS.ORG_VERSION_MISMATCH', 'MEMBERS.ORG_MOVE_CYCLE', 'MEMBERS.ORG_PARENT_NOT_FOUND', 'MEMBERS.ORG_PARENT_CLOSED', 'MEMBERS.ORG_KIND_NOT_ALLOWED')
  async move(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: MoveOrgDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto> {
    return withEtag(res, await this.members.moveOrg({ id, expectedVersion, newParentId: body.newParentId }, caller));
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Close (dissolve) an org from a date', operationId: 'closeOrg' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: OrgResponseDto })
  @ApiErrorResponses(400, 401, 403, 413, 415, 428, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED', 'MEMBERS.ORG_VERSION_MISMATCH', 'MEMBERS.ORG_HAS_OPEN_CHILDREN')
  async close(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CloseOrgDto,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto> {
    return withEtag(res, await this.members.closeOrg({ id, expectedVersion, validTo: body.validTo, reason: body.reason }, caller));
  }
}

function withEtag(res: Response, org: Parameters<typeof toOrgResponse>[0]): OrgResponseDto {
  res.setHeader('ETag', etagOf(org.version));
  return toOrgResponse(org);
}
