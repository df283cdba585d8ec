import { generateKeyPairSync } from 'node:crypto';
import { z } from 'zod';
import { generateAuthContextKeyPair } from '../auth-context/auth-context-keys';
import { ConfigError, configFields, loadConfig, serviceConfigShape, toEnvName } from './load-config';

const pair = generateAuthContextKeyPair('ctx-1');

const schema = z.object({
  databaseUrl: configFields.postgresUrl(),
  httpPort: configFields.port(3101),
  authContextPublicKeys: configFields.authContextPublicKeys(),
});

describe('loadConfig', () => {
  it('reads only the variables with its own prefix, so services can share one process', () => {
    const config = loadConfig('MEMBERS', schema, {
      MEMBERS_DATABASE_URL: 'postgres://localhost/members',
      FINANCE_DATABASE_URL: 'postgres://localhost/finance',
      MEMBERS_AUTH_CONTEXT_PUBLIC_KEYS: pair.publicKey,
    });
    expect(config).toEqual({ databaseUrl: 'postgres://localhost/members', httpPort: 3101, authContextPublicKeys: pair.publicKey });
  });

  it('stops with one line per bad setting, naming the variable', () => {
    let error: unknown;
    try {
      loadConfig('MEMBERS', schema, { MEMBERS_DATABASE_URL: 'mysql://x', MEMBERS_HTTP_PORT: '70000' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('MEMBERS_DATABASE_URL: must be a postgres:// URL');
    expect(message).toContain('MEMBERS_HTTP_PORT');
    expect(message).toContain('MEMBERS_AUTH_CONTEXT_PUBLIC_KEYS: is required');
  });

  it('refuses unusable auth context keys at boot, naming the variable and never the key', () => {
    const schema = z.object(serviceConfigShape(3102));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const read = (env: Record<string, string>) => {
      try {
        loadConfig('DOCUMENTS', schema, { DOCUMENTS_DATABASE_URL: 'postgres://localhost/documents', ...env });
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
    };
    expect(read({ DOCUMENTS_AUTH_CONTEXT_PUBLIC_KEYS: pair.publicKey })).toBe('');
    expect(read({})).toContain('DOCUMENTS_AUTH_CONTEXT_PUBLIC_KEYS: is required');
    const wrongType = read({ DOCUMENTS_AUTH_CONTEXT_PUBLIC_KEYS: pair.publicKey, DOCUMENTS_AUTH_CONTEXT_PRIVATE_KEY: `ctx-1=${rsa}` });
    expect(wrongType).toContain('DOCUMENTS_AUTH_CONTEXT_PRIVATE_KEY: key "ctx-1" must be an Ed25519 key, not rsa');
    expect(wrongType).not.toContain(rsa.split('\n')[1]);
    const leaked = read({ DOCUMENTS_AUTH_CONTEXT_PUBLIC_KEYS: pair.privateKey });
    expect(leaked).toContain('DOCUMENTS_AUTH_CONTEXT_PUBLIC_KEYS: key "ctx-1" is not a public key');
    expect(leaked).not.toContain(pair.privateKey.slice(6, 30));
  });

  it('maps camelCase keys to SCREAMING_SNAKE names', () => {
    expect(toEnvName('natsSubjectPrefix')).toBe('NATS_SUBJECT_PREFIX');
    expect(toEnvName('httpPort')).toBe('HTTP_PORT');
  });
});
