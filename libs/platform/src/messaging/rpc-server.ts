import type { AuthContextClaims } from '@lienthong/contracts';
import { randomUUID } from 'node:crypto';
import type { AuthContextVerifier } from '../auth-context/auth-context-signer';
import { requestContext, type RequestContext } from '../auth-context/request-context';
import { DomainError } from '../errors/domain-error';
import { errorMessage, type Language } from '../errors/error-messages';
import { validatePayload } from '../errors/validation';
import type { Logger } from '../observability/logger';
import type { AppMetrics } from '../observability/metrics';
import { isReadPermission, SIGNED_IN_OR_READING_CLIENT_PERMISSION, SIGNED_IN_PERMISSION, SYSTEM_PERMISSION, type RpcAccessRule } from './rpc-handler.decorator';
import { decodeJson, encodeReply, payloadTooLarge } from './rpc-codec';
import { RPC_HEADERS, type RpcMessage, type RpcReply, type RpcSubscription, type RpcTransport } from './rpc-transport';

export interface HandlerContext {
  auth: AuthContextClaims;
  correlationId: string;
  language: Language;
}

export interface RpcRoute<TReq extends object = object> {
  subject: string;
  requestType: new () => TReq;
  /** Required: the permission the caller needs and the scope rule the handler applies. */
  access: RpcAccessRule;
  handle(payload: TReq, context: HandlerContext): Promise<unknown>;
}

export interface RpcServerOptions {
  transport: RpcTransport;
  queue: string;
  verifier: AuthContextVerifier;
  logger: Logger;
  metrics: AppMetrics;
}

/**
 * Serves message handlers: decode, verify the signed auth context, validate the payload
 * against its contract class, run the handler with the request context, and answer with
 * data or the error envelope. A handler never sees an unsigned or stale context.
 */
export class RpcServer {
  private readonly subscriptions: RpcSubscription[] = [];
  private readonly routes = new Map<string, RpcRoute>();

  constructor(private readonly options: RpcServerOptions) {}

  register(route: RpcRoute): void {
    if (!route.access?.permission || !route.access.scope) throw new Error(`No permission and scope declared for ${route.subject}`);
    if (this.routes.has(route.subject)) throw new Error(`Two handlers for ${route.subject}`);
    this.routes.set(route.subject, route);
  }

  subjects(): string[] {
    return [...this.routes.keys()];
  }

  /** The declared permission and scope of each served subject. */
  accessRules(): Record<string, RpcAccessRule> {
    return Object.fromEntries([...this.routes.values()].map((r) => [r.subject, r.access]));
  }

  start(): void {
    for (const route of this.routes.values()) {
      this.subscriptions.push(this.options.transport.serve(route.subject, this.options.queue, (m) => this.serve(route, m)));
    }
  }

  /**
   * Serves one message without any transport, exactly as a transport delivery would be
   * served (same verification, validation and envelope). Used by the opt-in direct HTTP
   * endpoint, the baseline of the gateway benchmark. Unknown subject → undefined.
   */
  dispatch(message: RpcMessage): Promise<RpcReply> | undefined {
    const route = this.routes.get(message.subject);
    return route ? this.serve(route, message) : undefined;
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.splice(0).map((s) => s.unsubscribe()));
  }

  private async serve(route: RpcRoute, message: RpcMessage): Promise<RpcReply> {
    const started = process.hrtime.bigint();
    const correlationId = message.headers[RPC_HEADERS.correlationId] || randomUUID();
    const language: Language = message.headers[RPC_HEADERS.language] === 'vi' ? 'vi' : 'en';
    const context: RequestContext = { correlationId, language };
    let outcome = 'ok';
    const data = await requestContext.run(context, async () => {
      try {
        const token = message.headers[RPC_HEADERS.auth];
        context.auth = this.options.verifier.verify(token);
        context.authToken = token;
        if (!isAllowed(context.auth, route.access)) throw new DomainError('COMMON.FORBIDDEN', errorMessage('COMMON.FORBIDDEN', language));
        const payload = validatePayload(route.requestType, decodeJson(message.data) ?? {}, language);
        const result = await route.handle(payload, { auth: context.auth, correlationId, language });
        const reply = encodeReply({ ok: true, data: result ?? null });
        // Refuse an oversized answer here, the same way on every transport, instead of
        // letting NATS drop it and the caller time out.
        if (reply.length > this.options.transport.maxPayloadBytes) throw payloadTooLarge(reply.length, this.options.transport.maxPayloadBytes);
        return reply;
      } catch (error) {
        const domainError = this.toDomainError(error, route.subject, language);
        outcome = 'error';
        this.options.metrics.rpcErrors.inc({ subject: route.subject, code: domainError.code });
        return encodeReply({ ok: false, error: domainError.toEnvelope(correlationId) });
      }
    });
    this.options.metrics.rpcDuration.observe({ subject: route.subject, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
    return { data };
  }

  private toDomainError(error: unknown, subject: string, language: Language): DomainError {
    if (error instanceof DomainError) {
      if (error.code === 'AUTH.CONTEXT_INVALID') this.options.logger.warn('Refused message', { subject, reason: error.message });
      return error;
    }
    this.options.logger.error('Unexpected error in handler', {
      subject,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return new DomainError('COMMON.INTERNAL', errorMessage('COMMON.INTERNAL', language));
  }
}

/**
 * The system actor carries `*`, honoured for no other actor type; `'system'` subjects admit the
 * system actor only (a user context never passes one, whatever permissions it lists).
 */
function isAllowed(auth: AuthContextClaims, access: RpcAccessRule): boolean {
  if (auth.actor.type === 'system' && auth.permissions.includes('*')) return true;
  if (access.permission === SIGNED_IN_PERMISSION) return auth.actor.type === 'user';
  if (access.permission === SIGNED_IN_OR_READING_CLIENT_PERMISSION) {
    return auth.actor.type === 'user' || (auth.actor.type === 'client' && auth.permissions.some(isReadPermission));
  }
  return access.permission !== SYSTEM_PERMISSION && auth.permissions.includes(access.permission);
}
