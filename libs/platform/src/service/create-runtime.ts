import { assertSigningKeyListed, parsePublicKeys, parseSigningKey } from '../auth-context/auth-context-keys';
import { CachingAuthContextVerifier } from '../auth-context/caching-auth-context-verifier';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from '../auth-context/ed25519-auth-context';
import { ReusingAuthContextSigner } from '../auth-context/reusing-auth-context-signer';
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
  /** `<kid>=<public key>[,…]` (see `configFields.authContextPublicKeys`). */
  authContextPublicKeys: string;
  /** `<kid>=<private key>`: only for an app that signs contexts. */
  authContextPrivateKey?: string;
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
  authContextPublicKeys: string;
  authContextPrivateKey?: string;
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
    authContextPublicKeys: config.authContextPublicKeys,
    authContextPrivateKey: config.authContextPrivateKey,
    logLevel: config.logLevel,
    eventsStreamReplicas: config.eventsStreamReplicas,
  });
}

/** The runtime a service gets when it runs as its own process (services mode, compose, k8s). */
export async function createRuntime(settings: RuntimeSettings): Promise<ServiceRuntime> {
  // Keys first: a bad key stops the boot before any connection is made.
  const authContext = authContextFrom(settings);
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
  return {
    transport,
    logger,
    ...authContext,
    events: stream ? { stream } : undefined,
    blobStore: settings.blobDir ? new FsBlobStore(settings.blobDir) : undefined,
    processMetrics: true,
  };
}

/** The verifier from the public keys; a signer only when the app has a private key, which must be listed. */
export function authContextFrom(settings: Pick<RuntimeSettings, 'authContextPublicKeys' | 'authContextPrivateKey'>): Pick<ServiceRuntime, 'verifier' | 'signer'> {
  const publicKeys = parsePublicKeys(settings.authContextPublicKeys);
  // Each token's signature is checked once, and one signed context serves equal claims for 30 s.
  const verifier = new CachingAuthContextVerifier(new Ed25519AuthContextVerifier(publicKeys));
  if (!settings.authContextPrivateKey) return { verifier };
  const signingKey = parseSigningKey(settings.authContextPrivateKey);
  assertSigningKeyListed(signingKey, publicKeys);
  return { verifier, signer: new ReusingAuthContextSigner(new Ed25519AuthContextSigner(signingKey)) };
}
