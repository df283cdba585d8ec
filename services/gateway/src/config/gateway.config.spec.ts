import { ConfigError, generateAuthContextKeyPair, loadConfig } from '@lienthong/platform';
import { gatewayConfigSchema } from './gateway.config';

const KEYS = generateAuthContextKeyPair('ctx-1');

describe('gateway configuration', () => {
  it('reads GATEWAY_* with defaults', () => {
    const config = loadConfig('GATEWAY', gatewayConfigSchema, {
      GATEWAY_DATABASE_URL: 'postgres://gw@db/gateway',
      GATEWAY_JWT_SECRET: 'j'.repeat(32),
      GATEWAY_AUTH_CONTEXT_PRIVATE_KEY: KEYS.privateKey,
      GATEWAY_AUTH_CONTEXT_PUBLIC_KEYS: KEYS.publicKey,
    });
    expect(config).toMatchObject({ httpPort: 3000, host: '0.0.0.0', rpcTimeoutMs: 5000, migrateOnBoot: true, logLevel: 'info' });
    expect(config.natsUrl).toBeUndefined();
    expect(config.adminPassword).toBeUndefined();
  });

  it('stops the boot naming each bad setting, never echoing a secret', () => {
    const read = () =>
      loadConfig('GATEWAY', gatewayConfigSchema, {
        GATEWAY_DATABASE_URL: 'mysql://nope',
        GATEWAY_JWT_SECRET: 'too-short-secret',
        GATEWAY_AUTH_CONTEXT_PUBLIC_KEYS: KEYS.publicKey,
        GATEWAY_ADMIN_PASSWORD: 'ngan',
      });
    expect(read).toThrow(ConfigError);
    const message = (() => {
      try {
        read();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('GATEWAY_DATABASE_URL');
    expect(message).toContain('GATEWAY_JWT_SECRET');
    expect(message).toContain('GATEWAY_ADMIN_PASSWORD');
    expect(message).toContain('GATEWAY_AUTH_CONTEXT_PRIVATE_KEY: is required');
    expect(message).not.toContain('too-short-secret');
  });
});
