import type { CallContext } from '@lienthong/platform';
import { DomainError } from '@lienthong/platform';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditRead } from '../audit/audit.decorators';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller, CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { etagOf } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { principalKey } from '../idempotency/principal-key';
import { MemberResponseDto } from '../members/dto/member.dto';
import { toMemberResponse } from '../members/member.mapper';
import { validExternalId } from './external-id';
import { ExternalRefsRepository } from './external-refs.repository';

export const MEMBER_RESOURCE = 'member';

/**
 * A member record by the caller's own externalId (given at POST /members). The record itself is
 * read with the caller's scope and sensitive-field rights, and the read is audited as GET /members/{id}.
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller('members/by-external-id')
export class MembersByExternalIdController {
  constructor(
    @Inject(ExternalRefsRepository) private readonly refs: ExternalRefsRepository,
    @Inject(MembersClient) private readonly members: MembersClient,
  ) {}

  @Get(':externalId')
  @RequirePermission('members:read')
  @AuditRead('members.record.read', 'member')
  @ApiOperation({ summary: 'The member record I created with this externalId', operationId: 'getMemberByExternalId' })
  @ApiParam({ name: 'externalId', description: 'Your own id for the member record, URL-encoded', example: 'HRM-DV-000123' })
  @ApiOkResponse({ type: MemberResponseDto, headers: { ETag: { description: 'The record\'s version, e.g. "3"' } } })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  async get(
    @Param('externalId') externalId: string,
    @CurrentPrincipal() principal: Principal,
    @Caller() caller: CallContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MemberResponseDto> {
    const ref = { principal: principalKey(principal), resourceType: MEMBER_RESOURCE, externalId: validExternalId(externalId) };
    const id = await this.refs.resolve(ref);
    if (!id) throw new DomainError('MEMBERS.MEMBER_NOT_FOUND');
    const member = await this.members.getMember({ id }, caller);
    const notes = auditNotes(req);
    notes.resultId = member.id;
    notes.resultOwnerOrgId = member.orgId;
    res.setHeader('ETag', etagOf(member.version));
    return toMemberResponse(member);
  }
}
