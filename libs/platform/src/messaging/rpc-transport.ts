/** Header names every message carries. */
export const RPC_HEADERS = {
  correlationId: 'Lt-Correlation-Id',
  auth: 'Lt-Auth',
  language: 'Lt-Lang',
} as const;

/** NATS' default `max_payload`: no file or big list crosses the bus. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;

export type RpcHeaders = Record<string, string>;

export interface RpcMessage {
  subject: string;
  data: Uint8Array;
  headers: RpcHeaders;
}

export interface RpcReply {
  data: Uint8Array;
}

export type RpcHandlerFn = (message: RpcMessage) => Promise<RpcReply>;

export interface RpcSubscription {
  unsubscribe(): Promise<void>;
}

export interface RpcRequestOptions {
  headers: RpcHeaders;
  timeoutMs: number;
}

/**
 * Request-reply between the gateway and the services. Two implementations with one
 * behaviour: NATS core (services mode) and in-process (standalone mode, tests).
 * Failures are thrown as `DomainError`: `COMMON.SERVICE_UNAVAILABLE` when nobody serves
 * the subject or the connection is gone, `COMMON.TIMEOUT` when no answer came in time,
 * `COMMON.PAYLOAD_TOO_LARGE` past the payload limit.
 */
export interface RpcTransport {
  readonly kind: 'nats' | 'in-process';
  readonly maxPayloadBytes: number;
  request(subject: string, data: Uint8Array, options: RpcRequestOptions): Promise<RpcReply>;
  /** Serve a subject in a queue group: one member of the group answers each request. */
  serve(subject: string, queue: string, handler: RpcHandlerFn): RpcSubscription;
  isConnected(): boolean;
  /** Stop taking requests, let in-flight handlers answer, then disconnect. */
  close(): Promise<void>;
}
