import { authContextFrom, JsonLogger, type RpcTransport } from '@lienthong/platform';
import request from 'supertest';
import { createGatewayApp } from '../app';
import type { GatewayAppSettings, RunningGateway } from '../gateway-settings';

/** The auth context keys as settings (`TEST_AUTH_CONTEXT_KEY` of `@lienthong/testing`). */
export interface TestAuthContextKeys {
  privateKey: string;
  publicKeys: string;
}

export const TEST_JWT_SECRET = 'test-jwt-secret-for-the-gateway-0123456789';
export const TEST_ADMIN_PASSWORD = 'Mật-khẩu-thử-nghiệm-2026';

export interface TestGateway extends RunningGateway {
  /** Every JSON line the gateway logged, to check what is (and is not) written. */
  logLines: string[];
  http(): ReturnType<typeof request>;
}

/** Boots the real gateway (real database, real migrations) on a free port. */
export async function startTestGateway(
  databaseUrl: string,
  transport: RpcTransport,
  authContextKeys: TestAuthContextKeys,
  settings: Partial<GatewayAppSettings> = {},
): Promise<TestGateway> {
  const logLines: string[] = [];
  const logger = new JsonLogger({ app: 'test' }, 'debug', (line) => logLines.push(line));
  const gateway = await createGatewayApp(
    { databaseUrl, httpPort: 0, jwtSecret: TEST_JWT_SECRET, adminPassword: TEST_ADMIN_PASSWORD, ...settings },
    { transport, logger, signer: signerOf(authContextKeys) },
  );
  return { ...gateway, logLines, http: () => request(gateway.url) };
}

/** A bearer token for the bootstrap administrator. */
export async function adminToken(gateway: TestGateway, password = TEST_ADMIN_PASSWORD): Promise<string> {
  const res = await gateway.http().post('/api/v1/auth/login').send({ username: 'admin', password }).expect(200);
  return (res.body as { accessToken: string }).accessToken;
}

function signerOf(keys: TestAuthContextKeys) {
  const { signer } = authContextFrom({ authContextPublicKeys: keys.publicKeys, authContextPrivateKey: keys.privateKey });
  if (!signer) throw new Error('The test keys have no private key');
  return signer;
}
