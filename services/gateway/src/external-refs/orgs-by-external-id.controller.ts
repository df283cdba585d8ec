import type { CallContext } from '@lienthong/platform';
import { DomainError } from '@lienthong/platform';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { etagOf } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { principalKey } from '../idempotency/principal-key';
import { OrgResponseDto } from '../orgs/dto/org.dto';
import { toOrgResponse } from '../orgs/org.mapper';
import { validExternalId } from './external-id';
import { ExternalRefsRepository } from './external-refs.repository';

export const ORG_RESOURCE = 'org';

/** An org by the caller's own externalId (given at POST /orgs); the org itself is read with the caller's scope. */
@ApiTags('orgs')
@ApiBearerAuth()
@Controller('orgs/by-external-id')
export class OrgsByExternalIdController {
  constructor(
    @Inject(ExternalRefsRepository) private readonly refs: ExternalRefsRepository,
    @Inject(MembersClient) private readonly members: MembersClient,
  ) {}

  @Get(':externalId')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The org I created with this externalId', operationId: 'getOrgByExternalId' })
  @ApiParam({ name: 'externalId', description: 'Your own id for the org, URL-encoded' })
  @ApiOkResponse({ type: OrgResponseDto, headers: { ETag: { description: "The org's version" } } })
  @ApiErrorResponses(400, 401, 403, 404)
  async get(
    @Param('externalId') externalId: string,
    @CurrentPrincipal() principal: Principal,
    @Caller() caller: CallContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgResponseDto> {
    const ref = { principal: principalKey(principal), resourceType: ORG_RESOURCE, externalId: validExternalId(externalId) };
    const id = await this.refs.resolve(ref);
    if (!id) throw new DomainError('MEMBERS.ORG_NOT_FOUND');
    const org = await this.members.getOrg({ id }, caller);
    res.setHeader('ETag', etagOf(org.version));
    return toOrgResponse(org);
  }
}
