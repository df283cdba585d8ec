import {
  authContextFrom,
  InProcessTransport,
  JsonLogger,
  NatsTransport,
  systemClaims,
  type RpcTransport,
  type ServiceRuntime,
  type UnsignedClaims,
} from '@lienthong/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { TEST_AUTH_CONTEXT_KEY, testEnv } from './test-env';

/**
 * A transport for one test file: NATS when the runner found it, else in-process. Its subject
 * prefix is unique to this call (run id + random), not just to the run: test files run side by
 * side, and with a shared prefix a request from one file could be answered by another file's
 * service (same queue group, another database).
 */
export async function createTestTransport(kind: 'auto' | 'in-process' | 'nats' = 'auto'): Promise<RpcTransport> {
  const natsUrl = testEnv.natsUrl();
  const useNats = kind === 'nats' || (kind === 'auto' && natsUrl !== undefined);
  const subjectPrefix = testSubjectPrefix();
  if (useNats) {
    if (!natsUrl) throw new Error('NATS is required for this test but LT_TEST_NATS_URL is not set');
    return NatsTransport.connect({ servers: natsUrl, name: 'test', subjectPrefix, logger: quietLogger() });
  }
  return new InProcessTransport({ subjectPrefix });
}

/** `<run id>_<random>`: starts with the run id, so the runner's clean-up finds its streams. */
export function testSubjectPrefix(): string {
  return `${testEnv.runId()}_${randomBytes(3).toString('hex')}`.toLowerCase();
}

export function quietLogger(): JsonLogger {
  return new JsonLogger({ app: 'test' }, (process.env.LT_TEST_LOG_LEVEL as 'debug' | undefined) ?? 'error');
}

/** The test key pair's verifier and signer (see `TEST_AUTH_CONTEXT_KEY`). */
export const testAuthContext = authContextFrom({
  authContextPublicKeys: TEST_AUTH_CONTEXT_KEY.publicKeys,
  authContextPrivateKey: TEST_AUTH_CONTEXT_KEY.privateKey,
}) as Required<ReturnType<typeof authContextFrom>>;

export const testSigner = testAuthContext.signer;

export function testRuntime(transport: RpcTransport): ServiceRuntime {
  return { transport, logger: quietLogger(), verifier: testAuthContext.verifier, signer: testAuthContext.signer };
}

/** A signed context for calling a service directly in tests. */
export function signedContext(claims: Partial<UnsignedClaims> = {}): { authToken: string; correlationId: string } {
  const correlationId = randomUUID();
  return { authToken: testSigner.sign({ ...systemClaims('test'), ...claims }), correlationId };
}
