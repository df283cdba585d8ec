import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { AccessTokens } from '../auth/access-tokens';
import type { Principal } from '../auth/principal';
import { findRequestState } from '../common/http/request-state';
import type { AuditActor, AuditOutcome } from './audit-entry';
import { AuditLog } from './audit-log';
import { auditNotes } from './audit-request-notes';
import { AuditRoutes, type AuditedRoute } from './audit-routes';

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Refused access: no or bad credentials, not allowed, not found or not visible, rate limited. */
const REFUSED = new Set([401, 403, 404, 429]);
const API_PATH = '/api/v1/';

/** The actor of an audit entry from a verified principal. */
export function actorOf(principal: Principal | undefined): AuditActor {
  if (!principal) return { type: 'anonymous' };
  const homeOrgId = (principal as Principal & { homeOrgId?: string | null }).homeOrgId;
  return { type: principal.kind === 'client' ? 'api-client' : 'user', id: principal.userId, name: principal.fullName, orgId: homeOrgId ?? principal.scopeOrgId };
}

/**
 * Writes one audit entry per mutation under /api/v1 (success or not), per refused access
 * (401/403/404/429 on any route), and per successful @AuditRead route, once the response is
 * sent. It hooks the response rather than the handler because the bearer guard's refusals
 * never reach an interceptor; the interceptor below only adds what the handler returned.
 */
@Injectable()
export class AuditHttpMiddleware implements NestMiddleware {
  constructor(
    @Inject(AuditLog) private readonly log: AuditLog,
    @Inject(AuditRoutes) private readonly routes: AuditRoutes,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.originalUrl.startsWith(API_PATH)) {
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        const code = (body as { code?: unknown } | null)?.code;
        if (res.statusCode >= 400 && typeof code === 'string') auditNotes(req).errorCode = code;
        return json(body);
      };
      res.once('finish', () => this.onFinish(req, res));
    }
    next();
  }

  private onFinish(req: Request, res: Response): void {
    const route = this.routes.find(req.method, (req.route as { path?: string } | undefined)?.path);
    if (!route || route.skip) return;
    const status = res.statusCode;
    const mutation = MUTATIONS.has(req.method);
    const refused = REFUSED.has(status);
    if (!mutation && !refused && !route.readAction) return;
    const notes = auditNotes(req);
    const state = findRequestState(req);
    const readAs = status < 400 ? notes.readAs : undefined;
    const targetType = readAs?.targetType ?? route.targetType;
    const targetId = readAs?.targetId ?? notes.params?.id ?? (req.params as Record<string, string> | undefined)?.id ?? notes.resultId ?? null;
    this.log.record({
      action: readAs?.action ?? actionOf(route, status, refused),
      outcome: outcomeOf(status, refused),
      actor: actorOf(state?.principal ?? notes.signedIn ?? this.bearerPrincipal(req)),
      target: {
        type: targetType,
        id: targetId,
        ownerOrgId: notes.resultOwnerOrgId ?? (targetType === 'org' ? targetId : null),
      },
      http: {
        method: req.method,
        route: route.path,
        statusCode: status,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
        userAgent: req.get('user-agent') ?? null,
      },
      correlationId: state?.correlationId ?? null,
      details: {
        permission: route.permission,
        ...(refused || route.action === 'auth.login' ? { attempted: route.action } : {}),
        ...(notes.errorCode ? { code: notes.errorCode } : {}),
        ...(mutation && isObject(req.body) ? { body: req.body } : {}),
        ...readAs?.details,
      },
    });
  }

  /** A valid token refused for lack of permission: the guard threw before it kept the principal. */
  private bearerPrincipal(req: Request): Principal | undefined {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(req.get('authorization')?.trim() ?? '');
    return match?.[1] ? verifyQuietly(this.tokens, match[1]) : undefined;
  }
}

function verifyQuietly(tokens: AccessTokens, token: string): Principal | undefined {
  try {
    return tokens.verify(token);
  } catch {
    return undefined;
  }
}

/** Adds the handler's answer (the new record's id, its owner org; the user a login signed in). */
@Injectable()
export class AuditResultInterceptor implements NestInterceptor {
  constructor(@Inject(AccessTokens) private readonly tokens: AccessTokens) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const notes = auditNotes(req);
    notes.params = req.params as Record<string, string>;
    return next.handle().pipe(
      tap((result) => {
        if (!isObject(result)) return;
        if (typeof result.id === 'string') notes.resultId = result.id;
        if (typeof result.ownerOrgId === 'string') notes.resultOwnerOrgId = result.ownerOrgId;
        if (typeof result.accessToken === 'string') notes.signedIn = verifyQuietly(this.tokens, result.accessToken);
      }),
    );
  }
}

function actionOf(route: AuditedRoute, status: number, refused: boolean): string {
  if (route.action === 'auth.login') return status < 400 ? 'auth.login' : 'auth.login.failed';
  if (refused) return 'access.denied';
  return MUTATIONS.has(route.method) ? route.action : (route.readAction ?? route.action);
}

function outcomeOf(status: number, refused: boolean): AuditOutcome {
  if (status < 400) return 'success';
  return refused ? 'denied' : 'failed';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
