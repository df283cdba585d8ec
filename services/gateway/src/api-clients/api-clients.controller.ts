import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller, CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { toApiClientDto, withApiClientEtag } from './api-client.mapper';
import { ApiClientDto, ApiClientPageDto, ApiClientWithSecretDto } from './dto/api-client.dto';
import { CreateApiClientDto, ListApiClientsQueryDto, RotateApiClientSecretDto } from './dto/api-client-input.dto';
import { CreateApiClientUseCase } from './use-cases/create-api-client.use-case';
import { GetApiClientUseCase } from './use-cases/get-api-client.use-case';
import { ListApiClientsUseCase } from './use-cases/list-api-clients.use-case';
import { RevokeApiClientUseCase } from './use-cases/revoke-api-client.use-case';
import { RotateApiClientSecretUseCase } from './use-cases/rotate-api-client-secret.use-case';

/** API clients of subordinate committees' systems, for holders of `admin:clients`, within their scope. */
@ApiTags('api-clients')
@ApiBearerAuth()
@Controller('api-clients')
export class ApiClientsController {
  constructor(
    @Inject(ListApiClientsUseCase) private readonly listClients: ListApiClientsUseCase,
    @Inject(GetApiClientUseCase) private readonly getClient: GetApiClientUseCase,
    @Inject(CreateApiClientUseCase) private readonly createClient: CreateApiClientUseCase,
    @Inject(RotateApiClientSecretUseCase) private readonly rotateSecret: RotateApiClientSecretUseCase,
    @Inject(RevokeApiClientUseCase) private readonly revokeClient: RevokeApiClientUseCase,
  ) {}

  @Get()
  @RequirePermission('admin:clients')
  @ApiOperation({ summary: 'API clients of the organisations within my scope, oldest first', operationId: 'listApiClients' })
  @ApiOkResponse({ type: ApiClientPageDto })
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: ListApiClientsQueryDto, @CurrentPrincipal() admin: Principal): Promise<ApiClientPageDto> {
    return this.listClients.execute(query, admin);
  }

  @Post()
  @RequirePermission('admin:clients')
  @ApiOperation({ summary: 'Register a client for an organisation; its secret is returned this once', operationId: 'createApiClient' })
  @ApiCreatedResponse({ type: ApiClientWithSecretDto, headers: { Location: { description: 'URL of the new client' } } })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415, 422)
  async create(
    @Body() body: CreateApiClientDto,
    @CurrentPrincipal() admin: Principal,
    @Caller() caller: CallContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApiClientWithSecretDto> {
    const created = await this.createClient.execute(body, admin, caller);
    noteTarget(req, created.client);
    res.location(`/api/v1/api-clients/${created.client.id}`);
    res.setHeader('Cache-Control', 'no-store');
    return created;
  }

  @Get(':id')
  @RequirePermission('admin:clients')
  @ApiOperation({ summary: 'One API client; its version is the ETag', operationId: 'getApiClient' })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() admin: Principal, @Res({ passthrough: true }) res: Response): Promise<ApiClientDto> {
    return withApiClientEtag(res, toApiClientDto(await this.getClient.execute(id, admin)));
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequirePermission('admin:clients')
  @ApiOperation({
    summary: 'A new secret (returned this once); the current one keeps working until previousSecretValidUntil',
    operationId: 'rotateApiClientSecret',
  })
  @ApiOkResponse({ type: ApiClientWithSecretDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415)
  async rotate(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RotateApiClientSecretDto,
    @CurrentPrincipal() admin: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApiClientWithSecretDto> {
    const rotated = await this.rotateSecret.execute(id, body.previousSecretValidUntil, admin);
    noteTarget(req, rotated.client);
    res.setHeader('Cache-Control', 'no-store');
    return rotated;
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequirePermission('admin:clients')
  @ApiOperation({ summary: 'Revoke a client: no new tokens, and its tokens stop working', operationId: 'revokeApiClient' })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async revoke(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() admin: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<ApiClientDto> {
    const client = toApiClientDto(await this.revokeClient.execute(id, admin));
    noteTarget(req, client);
    return withApiClientEtag(res, client);
  }
}

/** The audit entry's target: the client, owned by its organisation. */
function noteTarget(req: Request, client: ApiClientDto): void {
  const notes = auditNotes(req);
  notes.resultId = client.id;
  notes.resultOwnerOrgId = client.orgId;
}
