import type { SnapshotPage, SnapshotSummary, Subject } from '@lienthong/contracts';
import { randomUUID } from 'node:crypto';
import type { AuthContextSigner } from '../auth-context/auth-context-signer';
import { systemClaims } from '../auth-context/system-actor';
import type { RpcTransport } from '../messaging/rpc-transport';
import { ServiceClient } from '../messaging/service-client';
import type { SnapshotSource } from './replica-definition';

export interface RpcSnapshotSubjects {
  page: Subject;
  summary: Subject;
}

/** The owner's snapshot over RPC, asked as the consuming service's system actor. */
export class RpcSnapshotSource<TRow> extends ServiceClient implements SnapshotSource<TRow> {
  constructor(
    transport: RpcTransport,
    private readonly signer: AuthContextSigner,
    /** The asking service (`documents`): the system actor's name. */
    private readonly service: string,
    private readonly subjects: RpcSnapshotSubjects,
    timeoutMs = 15_000,
  ) {
    super(transport, timeoutMs);
  }

  page(after: string | null, limit: number): Promise<SnapshotPage<TRow>> {
    return this.call(this.subjects.page, after === null ? { limit } : { after, limit }, this.context());
  }

  summary(): Promise<SnapshotSummary> {
    return this.call(this.subjects.summary, {}, this.context());
  }

  private context(): { authToken: string; correlationId: string } {
    const correlationId = randomUUID();
    return { authToken: this.signer.sign(systemClaims(this.service)), correlationId };
  }
}
