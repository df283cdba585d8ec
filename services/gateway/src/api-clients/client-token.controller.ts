import { Body, Controller, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SkipAutoAudit } from '../audit/audit.decorators';
import { AuditLog } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-entry';
import { Public } from '../auth/public.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { findRequestState } from '../common/http/request-state';
import type { ApiClient } from './api-client';
import { clientCredentialsOf } from './client-credentials';
import { ClientTokenDto } from './dto/api-client.dto';
import { ClientTokenRequestDto } from './dto/client-token-request.dto';
import { ClientTokenRefused, IssueClientTokenUseCase } from './use-cases/issue-client-token.use-case';

/** `POST /auth/token`: OAuth 2.0 client credentials for API clients (RFC 6749 §4.4). */
@ApiTags('auth')
@Controller('auth')
export class ClientTokenController {
  constructor(
    @Inject(IssueClientTokenUseCase) private readonly issue: IssueClientTokenUseCase,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  @Post('token')
  @Public()
  @SkipAutoAudit()
  @HttpCode(200)
  @ApiOperation({
    summary: 'An access token (15 min) for an API client: grant_type=client_credentials, credentials in the body or HTTP Basic',
    operationId: 'issueClientToken',
  })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiHeader({ name: 'Authorization', required: false, description: 'Basic base64(client_id:client_secret), instead of the body fields' })
  @ApiOkResponse({ type: ClientTokenDto })
  @ApiErrorResponses(400, 401, 415, 429)
  async token(
    @Body() body: ClientTokenRequestDto,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClientTokenDto> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
    const credentials = clientCredentialsOf(authorization, body);
    try {
      if (!credentials) throw new ClientTokenRefused(undefined);
      const issued = await this.issue.execute(credentials.clientId, credentials.secret);
      this.record(req, 'auth.token', 200, issued.client);
      return issued.token;
    } catch (error) {
      if (error instanceof ClientTokenRefused) this.record(req, 'auth.token.failed', 401, error.client, credentials?.clientId);
      throw error;
    }
  }

  /** Issued and refused tokens, with the client the id named (a failed attempt names no secret). */
  private record(req: Request, action: string, statusCode: number, client: ApiClient | undefined, attemptedClientId?: string): void {
    const actor: AuditActor = client ? { type: 'api-client', id: client.id, name: client.clientId, orgId: client.orgId } : { type: 'anonymous' };
    this.audit.record({
      action,
      outcome: statusCode < 400 ? 'success' : 'denied',
      actor,
      target: { type: 'api-client', id: client?.id ?? null, ownerOrgId: client?.orgId ?? null },
      http: {
        method: req.method,
        route: '/api/v1/auth/token',
        statusCode,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
        userAgent: req.get('user-agent') ?? null,
      },
      correlationId: findRequestState(req)?.correlationId ?? null,
      details: attemptedClientId === undefined ? {} : { attemptedClientId: attemptedClientId.slice(0, 100) },
    });
  }
}
