import { HmacAuthContext } from '../auth-context/auth-context-signer';
import { FsBlobStore } from '../blobs/fs-blob-store';
import { JetStreamFactStream } from '../events/streams/jetstream-fact-stream';
import { InProcessTransport } from '../messaging/in-process-transport';
import { NatsTransport } from '../messaging/nats-transport';
import { JsonLogger, type LogLevel } from '../observability/logger';
import type { ServiceRuntime } from './create-service-app';

export interface RuntimeSettings {
  name: string;
  /** Absent → in-process transport (standalone mode, tests without NATS). */
  natsUrl?: string;
  subjectPrefix?: string;
  natsUser?: string;
  natsPassword?: string;
  authContextKey: string;
  logLevel: LogLevel;
  blobDir?: string;
  /** With NATS: replicas of the JetStream stream the service creates for its facts (default 1). */
  eventsStreamReplicas?: number;
}

/** The part of a service's config that builds its runtime (see `serviceConfigShape`). */
export interface RuntimeConfig {
  natsUrl?: string;
  natsSubjectPrefix?: string;
  natsUser?: string;
  natsPassword?: string;
  authContextKey: string;
  logLevel: LogLevel;
  eventsStreamReplicas?: number;
}

export function createRuntimeFromConfig(name: string, config: RuntimeConfig): Promise<ServiceRuntime> {
  return createRuntime({
    name,
    natsUrl: config.natsUrl,
    subjectPrefix: config.natsSubjectPrefix,
    natsUser: config.natsUser,
    natsPassword: config.natsPassword,
    authContextKey: config.authContextKey,
    logLevel: config.logLevel,
    eventsStreamReplicas: config.eventsStreamReplicas,
  });
}

/** The runtime a service gets when it runs as its own process (services mode, compose, k8s). */
export async function createRuntime(settings: RuntimeSettings): Promise<ServiceRuntime> {
  const logger = new JsonLogger({ app: settings.name }, settings.logLevel);
  const transport = settings.natsUrl
    ? await NatsTransport.connect({
        servers: settings.natsUrl,
        name: settings.name,
        subjectPrefix: settings.subjectPrefix,
        user: settings.natsUser,
        pass: settings.natsPassword,
        logger,
      })
    : new InProcessTransport({ subjectPrefix: settings.subjectPrefix });
  // Facts go over JetStream in services mode; alone without NATS a service has no stream (no relay, no replicas).
  const stream = settings.natsUrl
    ? await JetStreamFactStream.connect({
        servers: settings.natsUrl,
        name: settings.name,
        subjectPrefix: settings.subjectPrefix,
        user: settings.natsUser,
        pass: settings.natsPassword,
        replicas: settings.eventsStreamReplicas,
        logger,
      })
    : undefined;
  const authContext = new HmacAuthContext(settings.authContextKey);
  return {
    transport,
    logger,
    verifier: authContext,
    signer: authContext,
    events: stream ? { stream } : undefined,
    blobStore: settings.blobDir ? new FsBlobStore(settings.blobDir) : undefined,
    processMetrics: true,
  };
}
