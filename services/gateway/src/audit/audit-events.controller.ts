import { DATA_SOURCE, DomainError, OrgReplicaQueries } from '@lienthong/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import type { DataSource } from 'typeorm';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { AuditEventsQuery } from './audit-events.query';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';

/** The audit log, read-only: there is no route that creates, changes or deletes an entry. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  private readonly orgs: OrgReplicaQueries;

  constructor(
    @Inject(AuditEventsQuery) private readonly events: AuditEventsQuery,
    @Inject(DATA_SOURCE) dataSource: DataSource,
  ) {
    this.orgs = new OrgReplicaQueries(dataSource);
  }

  @Get()
  @RequirePermission('audit:read')
  @ApiOperation({
    summary: 'Audit events, newest first',
    description:
      "A scoped caller sees the events whose actor's org or target's owner org is in its subtree; `orgId` outside it answers 404, as for any read outside.",
    operationId: 'listAuditEvents',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async list(@Query() query: ListAuditEventsQueryDto, @CurrentPrincipal() principal: Principal): Promise<AuditEventPageDto> {
    const scope = principal.scopeOrgId;
    if (scope && query.orgId && !(await this.orgs.isWithinScope(query.orgId, scope))) throw new DomainError('COMMON.NOT_FOUND');
    return this.events.list(query, scope);
  }
}
