import {
  HmacAuthContext,
  InProcessTransport,
  JsonLogger,
  NatsTransport,
  systemClaims,
  type RpcTransport,
  type ServiceRuntime,
  type UnsignedClaims,
} from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import { TEST_AUTH_CONTEXT_KEY, testEnv } from './test-env';

/** A transport for this run: NATS with a run-unique subject prefix when NATS is there, else in-process. */
export async function createTestTransport(kind: 'auto' | 'in-process' | 'nats' = 'auto'): Promise<RpcTransport> {
  const natsUrl = testEnv.natsUrl();
  const useNats = kind === 'nats' || (kind === 'auto' && natsUrl !== undefined);
  if (useNats) {
    if (!natsUrl) throw new Error('NATS is required for this test but LT_TEST_NATS_URL is not set');
    return NatsTransport.connect({ servers: natsUrl, name: 'test', subjectPrefix: testEnv.runId(), logger: quietLogger() });
  }
  return new InProcessTransport({ subjectPrefix: testEnv.runId() });
}

export function quietLogger(): JsonLogger {
  return new JsonLogger({ app: 'test' }, (process.env.LT_TEST_LOG_LEVEL as 'debug' | undefined) ?? 'error');
}

export function testRuntime(transport: RpcTransport): ServiceRuntime {
  const authContext = new HmacAuthContext(TEST_AUTH_CONTEXT_KEY);
  return { transport, logger: quietLogger(), verifier: authContext, signer: authContext };
}

export const testSigner = new HmacAuthContext(TEST_AUTH_CONTEXT_KEY);

/** A signed context for calling a service directly in tests. */
export function signedContext(claims: Partial<UnsignedClaims> = {}): { authToken: string; correlationId: string } {
  const correlationId = randomUUID();
  return { authToken: testSigner.sign({ ...systemClaims('test', correlationId), ...claims }), correlationId };
}
