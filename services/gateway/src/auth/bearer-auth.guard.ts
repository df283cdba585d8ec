import { DomainError, isReadPermission, type AuthContextSigner } from '@lienthong/platform';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { requestState } from '../common/http/request-state';
import { AUTH_CONTEXT_SIGNER } from '../common/tokens';
import { ApiClientAccessRepository } from '../api-clients/api-client-access.repository';
import { UserAccessRepository } from '../roles/user-access.repository';
import { AccessTokens } from './access-tokens';
import type { Principal } from './principal';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, PUBLIC_ROUTE } from './public.decorator';
import { READING_CLIENTS_ADMITTED, REQUIRED_PERMISSION } from './require-permission.decorator';

/**
 * Global guard: every route needs `Authorization: Bearer <access token>` unless marked
 * @Public(), and the permission named by @RequirePermission(). The token names the user;
 * what the user may do (active, roles → permissions, scope, forced password change) is
 * read from the database (reused for at most ACCESS_CACHE_TTL_MS; a change made here is
 * forgotten at once), so a change applies without a new sign-in. On success
 * the request carries the principal and the signed auth context sent with every RPC.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(AUTH_CONTEXT_SIGNER) private readonly signer: AuthContextSigner,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(ApiClientAccessRepository) private readonly clients: ApiClientAccessRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const claimed = this.tokens.verify(bearerToken(req.headers.authorization));
    const principal = claimed.kind === 'client' ? await this.clientPrincipal(claimed) : await this.userPrincipal(claimed, this.reflector.getAllAndOverride<boolean | undefined>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets) === true);
    const required = this.reflector.get<string | undefined>(REQUIRED_PERMISSION, context.getHandler());
    if (required && !principal.permissions.includes(required)) throw new DomainError('COMMON.FORBIDDEN');
    // An API client reaches only routes that name a permission: account routes (/me, password) are for users.
    // Reference data (RequireSignInOrReadingClient) is the exception, for a client that may read something.
    if (!required && principal.kind === 'client' && !this.admitsReadingClient(context, principal)) throw new DomainError('COMMON.FORBIDDEN');
    const state = requestState(req);
    state.principal = principal;
    state.callContext = {
      authToken: this.signer.sign(claimsOf(principal)),
      correlationId: state.correlationId,
      language: state.language,
    };
    return true;
  }

  private admitsReadingClient(context: ExecutionContext, principal: Principal): boolean {
    return this.reflector.get<boolean | undefined>(READING_CLIENTS_ADMITTED, context.getHandler()) === true && principal.permissions.some(isReadPermission);
  }

  private async userPrincipal(claimed: Principal, allowedBeforePasswordChange: boolean): Promise<Principal> {
    const access = await this.access.loadForRequest(claimed.userId);
    if (!access?.isActive) throw new DomainError('AUTH.TOKEN_INVALID');
    if (access.mustChangePassword && !allowedBeforePasswordChange) {
      throw new DomainError('AUTH.PASSWORD_CHANGE_REQUIRED');
    }
    const { userId, username, fullName, roles, permissions, scopeOrgId, clearance } = access;
    return { userId, username, fullName, roles, permissions, scopeOrgId, clearance };
  }

  /** An API client: revoked or expired since the token was issued → refused (within the access cache's 2 s). */
  private async clientPrincipal(claimed: Principal): Promise<Principal> {
    const client = await this.clients.loadForRequest(claimed.userId);
    if (!client?.isUsable || client.clientId !== claimed.clientId) throw new DomainError('AUTH.TOKEN_INVALID');
    return client.principal;
  }
}

function bearerToken(header: string | undefined): string {
  if (!header) throw new DomainError('COMMON.UNAUTHENTICATED');
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match?.[1]) throw new DomainError('AUTH.TOKEN_INVALID');
  return match[1];
}

/** No correlation id here (it goes in the message headers): equal claims reuse one signed context. */
function claimsOf(principal: Principal) {
  return {
    actor: { type: principal.kind === 'client' ? ('client' as const) : ('user' as const), id: principal.userId, name: principal.fullName },
    roles: principal.roles,
    permissions: principal.permissions,
    scopeOrgId: principal.scopeOrgId,
    clearance: principal.clearance,
  };
}
