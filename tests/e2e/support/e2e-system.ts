import type { ErrorEnvelope } from '@lienthong/contracts';
import { startSystem, type RunningSystem, type SystemOptions } from '@lienthong/standalone';
import { dropTestDatabases, quietLogger, testDatabasePrefix, testEnv } from '@lienthong/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';

export const E2E_ADMIN_PASSWORD = 'mật-khẩu-e2e-Đảng-2026';

export interface E2eSystem {
  system: RunningSystem;
  url: string;
  /** A bearer token of `admin`. */
  token: string;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The whole system for one test file, through the gateway: over NATS when the run has one
 * (LT_TEST_NATS_URL), else in-process. Subjects and databases are unique to the file, so
 * files running side by side on one NATS and one PostgreSQL never meet.
 */
export async function startE2eSystem(label: string, overrides: Partial<SystemOptions> = {}): Promise<E2eSystem> {
  const natsUrl = overrides.natsUrl ?? testEnv.natsUrl();
  const databasePrefix = testDatabasePrefix(label);
  let system: RunningSystem | undefined;
  try {
    system = await startSystem({
      transport: natsUrl ? 'nats' : 'in-process',
      natsUrl,
      subjectPrefix: `${testEnv.runId()}-${label}-${randomBytes(3).toString('hex')}`.toLowerCase(),
      pgAdminUrl: testEnv.pgAdminUrl(),
      databasePrefix,
      port: 0,
      seedDemo: false,
      adminPassword: E2E_ADMIN_PASSWORD,
      logger: quietLogger(),
      ...overrides,
    });
  } catch (error) {
    await dropTestDatabases(databasePrefix);
    throw error;
  }
  const running = system;
  const login = await request(running.url)
    .post('/api/v1/auth/login')
    .send({ username: 'admin', password: E2E_ADMIN_PASSWORD })
    .expect(200);
  return {
    system: running,
    url: running.url,
    token: (login.body as { accessToken: string }).accessToken,
    http: () => request(running.url),
    close: async () => {
      await running.close();
      await dropTestDatabases(databasePrefix);
    },
  };
}

/** The error envelope every failure answers with: exact code, a message, a correlation id. */
export function expectEnvelope(body: unknown, code: ErrorEnvelope['code']): ErrorEnvelope {
  const envelope = body as ErrorEnvelope;
  expect(envelope).toEqual(
    expect.objectContaining({ code, message: expect.any(String) as string, correlationId: expect.any(String) as string }),
  );
  expect(envelope.message.length).toBeGreaterThan(0);
  return envelope;
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
