import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { CorrectionListQueryDto, CorrectionPageDto } from './dto/member-correction.dto';
import { MemberCountsResponseDto } from './dto/member.dto';
import { MemberCountsQueryDto } from './dto/member-queries.dto';
import { toCorrectionPage, toMemberCountsResponse } from './member.mapper';

/** What an org has of members: its đảng số, and its members' correction requests. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('orgs')
export class OrgMembersController {
  constructor(@Inject(MembersClient) private readonly members: MembersClient) {}

  @Get(':id/member-counts')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Đảng số of an org (with its subtree by default): per status, official, probationary, temporary-in', operationId: 'getOrgMemberCounts' })
  @ApiOkResponse({ type: MemberCountsResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  async counts(@Param('id', UuidParamPipe) id: string, @Query() query: MemberCountsQueryDto, @Caller() caller: CallContext): Promise<MemberCountsResponseDto> {
    return toMemberCountsResponse(await this.members.memberCounts({ orgId: id, includeSubtree: query.includeSubtree }, caller));
  }

  @Get(':id/member-corrections')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'Correction requests of the members held in an org\'s subtree', operationId: 'listOrgMemberCorrections' })
  @ApiOkResponse({ type: CorrectionPageDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.ORG_NOT_FOUND')
  async corrections(@Param('id', UuidParamPipe) id: string, @Query() query: CorrectionListQueryDto, @Caller() caller: CallContext): Promise<CorrectionPageDto> {
    return toCorrectionPage(await this.members.listCorrections({ orgId: id, status: query.status, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller));
  }
}
