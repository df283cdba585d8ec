import { generateAuthContextKeyPair } from '@lienthong/platform';
import { randomBytes } from 'node:crypto';

/**
 * What `scripts/test.mjs` found and exported for this run:
 * LT_TEST_PG_URL — an admin URL of the PostgreSQL server to create test databases on;
 * LT_TEST_NATS_URL — NATS for the run, or unset when tests run over the in-process transport;
 * LT_TEST_RUN_ID — a prefix unique to this run, for databases, subjects and streams.
 */
export const testEnv = {
  pgAdminUrl(): string {
    return process.env.LT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  },
  natsUrl(): string | undefined {
    return process.env.LT_TEST_NATS_URL || undefined;
  },
  runId(): string {
    process.env.LT_TEST_RUN_ID ??= `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    return process.env.LT_TEST_RUN_ID;
  },
};

export interface TestAuthContextKeys {
  /** `<kid>=<private key>`: as `<APP>_AUTH_CONTEXT_PRIVATE_KEY`. */
  privateKey: string;
  /** `<kid>=<public key>`: as `<APP>_AUTH_CONTEXT_PUBLIC_KEYS`. */
  publicKeys: string;
}

/** The Ed25519 key pair that signs and verifies auth contexts in tests: made once per test process, never stored. */
export const TEST_AUTH_CONTEXT_KEY: TestAuthContextKeys = (() => {
  const pair = generateAuthContextKeyPair('test');
  return { privateKey: pair.privateKey, publicKeys: pair.publicKey };
})();
