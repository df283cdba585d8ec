import type { Subject } from '@lienthong/contracts';
import { randomUUID } from 'node:crypto';
import { requestContext } from '../auth-context/request-context';
import type { Language } from '../errors/error-messages';
import { decodeReply, encodeJson } from './rpc-codec';
import { RPC_HEADERS, type RpcTransport } from './rpc-transport';

/** Who is calling: the signed auth context and the correlation id travel with every message. */
export interface CallContext {
  authToken: string;
  correlationId: string;
  language?: Language;
}

export const DEFAULT_RPC_TIMEOUT_MS = 5_000;

/**
 * Base of the typed clients (`MembersClient`, …). Subclasses expose one method per message;
 * nothing else in the code calls `transport.request` with a subject.
 */
export abstract class ServiceClient {
  protected constructor(
    protected readonly transport: RpcTransport,
    protected readonly timeoutMs: number = DEFAULT_RPC_TIMEOUT_MS,
  ) {}

  protected async call<TResponse>(subject: Subject, payload: object, context: CallContext): Promise<TResponse> {
    const correlationId = context.correlationId || requestContext.correlationId() || randomUUID();
    const reply = await this.transport.request(subject, encodeJson(payload), {
      timeoutMs: this.timeoutMs,
      headers: {
        [RPC_HEADERS.correlationId]: correlationId,
        [RPC_HEADERS.auth]: context.authToken,
        [RPC_HEADERS.language]: context.language ?? 'en',
      },
    });
    return decodeReply<TResponse>(reply.data);
  }
}
