import { DomainError } from '../errors/domain-error';
import { payloadTooLarge } from './rpc-codec';
import {
  DEFAULT_MAX_PAYLOAD_BYTES,
  type RpcHandlerFn,
  type RpcReply,
  type RpcRequestOptions,
  type RpcSubscription,
  type RpcTransport,
} from './rpc-transport';

interface QueueGroup {
  handlers: RpcHandlerFn[];
  next: number;
}

export interface InProcessTransportOptions {
  subjectPrefix?: string;
  maxPayloadBytes?: number;
}

/**
 * NATS' twin inside one process, for standalone mode and tests without NATS. Same codec,
 * same payload limit, same headers, same timeout and "no responders" behaviour; bytes
 * are copied so that no object is shared between caller and handler.
 */
export class InProcessTransport implements RpcTransport {
  readonly kind = 'in-process' as const;
  readonly maxPayloadBytes: number;
  private readonly subjects = new Map<string, Map<string, QueueGroup>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly options: InProcessTransportOptions = {}) {
    this.maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  }

  async request(subject: string, data: Uint8Array, options: RpcRequestOptions): Promise<RpcReply> {
    if (this.closed) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', 'Transport is closed');
    if (data.length > this.maxPayloadBytes) throw payloadTooLarge(data.length, this.maxPayloadBytes);
    const handler = this.pick(this.prefixed(subject));
    if (!handler) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', `No responders for ${subject}`);
    const message = { subject: this.prefixed(subject), data: data.slice(), headers: { ...options.headers } };
    const work = new Promise<RpcReply>((resolve, reject) => setImmediate(() => void handler(message).then(resolve, reject)));
    this.track(work);
    const reply = await withTimeout(work, options.timeoutMs, subject);
    if (reply.data.length > this.maxPayloadBytes) throw payloadTooLarge(reply.data.length, this.maxPayloadBytes);
    return { data: reply.data.slice() };
  }

  serve(subject: string, queue: string, handler: RpcHandlerFn): RpcSubscription {
    const full = this.prefixed(subject);
    const groups = this.subjects.get(full) ?? new Map<string, QueueGroup>();
    this.subjects.set(full, groups);
    const group = groups.get(queue) ?? { handlers: [], next: 0 };
    groups.set(queue, group);
    group.handlers.push(handler);
    return {
      unsubscribe: () => {
        group.handlers = group.handlers.filter((h) => h !== handler);
        if (group.handlers.length === 0) groups.delete(queue);
        if (groups.size === 0) this.subjects.delete(full);
        return Promise.resolve();
      },
    };
  }

  isConnected(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subjects.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private pick(subject: string): RpcHandlerFn | undefined {
    const groups = this.subjects.get(subject);
    const group = groups?.values().next().value;
    if (!group || group.handlers.length === 0) return undefined;
    const handler = group.handlers[group.next % group.handlers.length];
    group.next += 1;
    return handler;
  }

  private prefixed(subject: string): string {
    return this.options.subjectPrefix ? `${this.options.subjectPrefix}.${subject}` : subject;
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, subject: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DomainError('COMMON.TIMEOUT', `No answer on ${subject} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
