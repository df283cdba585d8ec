import { InProcessTransport, NatsTransport, type Logger, type RpcTransport } from '@lienthong/platform';

export interface TransportSettings {
  transport: 'in-process' | 'nats';
  natsUrl?: string;
  subjectPrefix?: string;
}

/**
 * Transports of one system. In-process: one transport shared by every app (there is only
 * one process). NATS: one connection per app, as separate processes would have, so that
 * stopping a service also drops its connection.
 */
export interface SystemTransports {
  readonly kind: 'in-process' | 'nats';
  acquire(app: string, logger: Logger): Promise<RpcTransport>;
  release(app: string): Promise<void>;
  closeAll(): Promise<void>;
}

export function createSystemTransports(settings: TransportSettings): SystemTransports {
  if (settings.transport === 'nats') {
    if (!settings.natsUrl) throw new Error('transport "nats" needs natsUrl');
    return new NatsPerApp(settings.natsUrl, settings.subjectPrefix);
  }
  return new SharedInProcess(settings.subjectPrefix);
}

class SharedInProcess implements SystemTransports {
  readonly kind = 'in-process' as const;
  private readonly transport: InProcessTransport;

  constructor(subjectPrefix?: string) {
    this.transport = new InProcessTransport({ subjectPrefix });
  }
  acquire(): Promise<RpcTransport> {
    return Promise.resolve(this.transport);
  }
  release(): Promise<void> {
    // Shared: a stopped service has already unsubscribed; the transport stays for the others.
    return Promise.resolve();
  }
  closeAll(): Promise<void> {
    return this.transport.close();
  }
}

class NatsPerApp implements SystemTransports {
  readonly kind = 'nats' as const;
  private readonly connections = new Map<string, RpcTransport>();

  constructor(
    private readonly natsUrl: string,
    private readonly subjectPrefix?: string,
  ) {}

  async acquire(app: string, logger: Logger): Promise<RpcTransport> {
    const transport = await NatsTransport.connect({ servers: this.natsUrl, name: `lienthong-${app}`, subjectPrefix: this.subjectPrefix, logger });
    this.connections.set(app, transport);
    return transport;
  }

  async release(app: string): Promise<void> {
    const transport = this.connections.get(app);
    this.connections.delete(app);
    await transport?.close();
  }

  async closeAll(): Promise<void> {
    const apps = [...this.connections.keys()];
    await Promise.allSettled(apps.map((app) => this.release(app)));
  }
}
