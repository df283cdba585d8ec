import type { RpcReply, RpcRequestOptions, RpcTransport } from '@lienthong/platform';

/** The test's transport: can hold a request to the members service back, or fail one, before it leaves. */
export class SteeredTransport implements RpcTransport {
  readonly kind;
  readonly maxPayloadBytes;
  private delays: { subject: string; ms: number }[] = [];
  private failures: string[] = [];

  constructor(private readonly inner: RpcTransport) {
    this.kind = inner.kind;
    this.maxPayloadBytes = inner.maxPayloadBytes;
  }

  delayNext(subject: string, ms: number): void {
    this.delays.push({ subject, ms });
  }

  failNext(subject: string): void {
    this.failures.push(subject);
  }

  async request(subject: string, data: Uint8Array, options: RpcRequestOptions): Promise<RpcReply> {
    const delay = this.delays.findIndex((d) => subject.endsWith(d.subject));
    if (delay >= 0) await new Promise((resolve) => setTimeout(resolve, this.delays.splice(delay, 1)[0].ms));
    const failure = this.failures.findIndex((s) => subject.endsWith(s));
    if (failure >= 0) {
      this.failures.splice(failure, 1);
      throw new Error('simulated transport failure');
    }
    return this.inner.request(subject, data, options);
  }

  serve(...args: Parameters<RpcTransport['serve']>): ReturnType<RpcTransport['serve']> {
    return this.inner.serve(...args);
  }

  isConnected(): boolean {
    return this.inner.isConnected();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
