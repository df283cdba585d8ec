import { connect, DebugEvents, ErrorCode, Events, headers as natsHeaders, type MsgHdrs, type NatsConnection, type Subscription } from 'nats';
import { DomainError } from '../errors/domain-error';
import type { Logger } from '../observability/logger';
import { payloadTooLarge } from './rpc-codec';
import type { RpcHandlerFn, RpcHeaders, RpcReply, RpcRequestOptions, RpcSubscription, RpcTransport } from './rpc-transport';

export interface NatsTransportOptions {
  servers: string;
  name: string;
  subjectPrefix?: string;
  user?: string;
  pass?: string;
  logger: Logger;
}

/**
 * Core NATS request-reply (at-most-once; durable facts go through the outbox and
 * JetStream instead). Reconnects forever: a restarted nats-server needs no manual step.
 */
export class NatsTransport implements RpcTransport {
  readonly kind = 'nats' as const;
  private readonly subscriptions = new Set<Subscription>();

  private constructor(
    private readonly connection: NatsConnection,
    private readonly options: NatsTransportOptions,
  ) {}

  static async connect(options: NatsTransportOptions): Promise<NatsTransport> {
    const connection = await connect({
      servers: options.servers.split(','),
      name: options.name,
      ...(options.user ? { user: options.user, pass: options.pass } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 5_000,
      maxPingOut: 2,
    });
    const transport = new NatsTransport(connection, options);
    void transport.watchStatus();
    return transport;
  }

  get maxPayloadBytes(): number {
    return this.connection.info?.max_payload ?? 1024 * 1024;
  }

  async request(subject: string, data: Uint8Array, options: RpcRequestOptions): Promise<RpcReply> {
    if (data.length > this.maxPayloadBytes) throw payloadTooLarge(data.length, this.maxPayloadBytes);
    if (this.connection.isClosed()) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', 'NATS connection is closed');
    try {
      const reply = await this.connection.request(this.prefixed(subject), data, {
        timeout: options.timeoutMs,
        headers: toNatsHeaders(options.headers),
      });
      return { data: reply.data };
    } catch (error) {
      throw mapNatsError(error, subject, options.timeoutMs);
    }
  }

  serve(subject: string, queue: string, handler: RpcHandlerFn): RpcSubscription {
    const subscription = this.connection.subscribe(this.prefixed(subject), {
      queue,
      callback: (error, msg) => {
        if (error) {
          this.options.logger.error('NATS subscription error', { subject, error: String(error) });
          return;
        }
        const headers = fromNatsHeaders(msg.headers);
        void handler({ subject: msg.subject, data: msg.data, headers }).then(
          (reply) => this.respond(msg, reply.data, subject),
          (e: unknown) => this.options.logger.error('RPC handler crashed', { subject, error: String(e) }),
        );
      },
    });
    this.subscriptions.add(subscription);
    return {
      unsubscribe: async () => {
        this.subscriptions.delete(subscription);
        await subscription.drain();
      },
    };
  }

  isConnected(): boolean {
    return !this.connection.isClosed() && this.connection.status !== undefined && !this.reconnecting;
  }

  async close(): Promise<void> {
    if (this.connection.isClosed()) return;
    await this.connection.drain();
  }

  private reconnecting = false;

  private async watchStatus(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === Events.Disconnect || status.type === DebugEvents.Reconnecting) this.reconnecting = true;
      if (status.type === Events.Reconnect) this.reconnecting = false;
      if (status.type === Events.Disconnect || status.type === Events.Reconnect) {
        // For these two events `data` is the server's address (a string).
        this.options.logger.warn(`NATS ${status.type}`, { server: typeof status.data === 'string' ? status.data : JSON.stringify(status.data) });
      }
    }
  }

  private respond(msg: { respond(data?: Uint8Array): boolean }, data: Uint8Array, subject: string): void {
    try {
      msg.respond(data);
    } catch (error) {
      this.options.logger.error('Could not send RPC reply', { subject, error: String(error) });
    }
  }

  private prefixed(subject: string): string {
    return this.options.subjectPrefix ? `${this.options.subjectPrefix}.${subject}` : subject;
  }
}

function toNatsHeaders(values: RpcHeaders): MsgHdrs {
  const h = natsHeaders();
  for (const [key, value] of Object.entries(values)) h.set(key, value);
  return h;
}

function fromNatsHeaders(h: MsgHdrs | undefined): RpcHeaders {
  const result: RpcHeaders = {};
  if (!h) return result;
  for (const key of h.keys()) result[key] = h.get(key);
  return result;
}

function mapNatsError(error: unknown, subject: string, timeoutMs: number): DomainError {
  const code = (error as { code?: string }).code;
  switch (code) {
    case ErrorCode.NoResponders:
      return new DomainError('COMMON.SERVICE_UNAVAILABLE', `No responders for ${subject}`);
    case ErrorCode.Timeout:
      return new DomainError('COMMON.TIMEOUT', `No answer on ${subject} within ${timeoutMs} ms`);
    case ErrorCode.MaxPayloadExceeded:
      return new DomainError('COMMON.PAYLOAD_TOO_LARGE', `Message on ${subject} exceeds the NATS payload limit`);
    case ErrorCode.ConnectionClosed:
    case ErrorCode.Disconnect:
      return new DomainError('COMMON.SERVICE_UNAVAILABLE', 'NATS connection lost');
    default:
      return new DomainError('COMMON.SERVICE_UNAVAILABLE', `NATS request failed: ${String(error)}`);
  }
}
