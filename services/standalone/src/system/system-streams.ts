import { JetStreamFactStream, PgBusFactStream, type FactStream, type Logger } from '@lienthong/platform';

export interface StreamSettings {
  transport: 'in-process' | 'nats';
  natsUrl?: string;
  subjectPrefix?: string;
  /** The bus database of the in-process mode (`<databasePrefix>_bus`). */
  busUrl: string;
}

/**
 * Where the system's facts travel, like its transports. In-process: one PostgreSQL bus
 * (`bus` schema in its own database) shared by every app. NATS: one JetStream connection per
 * app with the run's subject prefix (streams `<PREFIX>_<SVC>_EVENTS`), closed with its app.
 */
export interface SystemStreams {
  acquire(app: string, logger: Logger): Promise<FactStream>;
  release(app: string): Promise<void>;
  closeAll(): Promise<void>;
}

export function createSystemStreams(settings: StreamSettings): SystemStreams {
  if (settings.transport === 'nats') {
    if (!settings.natsUrl) throw new Error('transport "nats" needs natsUrl');
    return new JetStreamPerApp(settings.natsUrl, settings.subjectPrefix);
  }
  return new SharedPgBus(settings.busUrl);
}

class SharedPgBus implements SystemStreams {
  private stream?: Promise<PgBusFactStream>;

  constructor(private readonly url: string) {}

  acquire(_app: string, logger: Logger): Promise<FactStream> {
    this.stream ??= PgBusFactStream.connect({ url: this.url, logger: logger.child({ app: 'bus' }) });
    this.stream.catch(() => (this.stream = undefined));
    return this.stream;
  }

  release(): Promise<void> {
    // Shared: a stopped app has already stopped its relay and consumers; the bus stays for the others.
    return Promise.resolve();
  }

  async closeAll(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    await (await stream?.catch(() => undefined))?.close();
  }
}

class JetStreamPerApp implements SystemStreams {
  private readonly streams = new Map<string, FactStream>();

  constructor(
    private readonly natsUrl: string,
    private readonly subjectPrefix?: string,
  ) {}

  async acquire(app: string, logger: Logger): Promise<FactStream> {
    const stream = await JetStreamFactStream.connect({ servers: this.natsUrl, name: `lienthong-${app}`, subjectPrefix: this.subjectPrefix, logger });
    this.streams.set(app, stream);
    return stream;
  }

  async release(app: string): Promise<void> {
    const stream = this.streams.get(app);
    this.streams.delete(app);
    await stream?.close();
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.streams.keys()].map((app) => this.release(app)));
  }
}
