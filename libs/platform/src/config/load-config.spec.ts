import { z } from 'zod';
import { ConfigError, configFields, loadConfig, toEnvName } from './load-config';

const schema = z.object({
  databaseUrl: configFields.postgresUrl(),
  httpPort: configFields.port(3101),
  authContextKey: configFields.secret(),
});

describe('loadConfig', () => {
  it('reads only the variables with its own prefix, so services can share one process', () => {
    const config = loadConfig('MEMBERS', schema, {
      MEMBERS_DATABASE_URL: 'postgres://localhost/members',
      FINANCE_DATABASE_URL: 'postgres://localhost/finance',
      MEMBERS_AUTH_CONTEXT_KEY: 'k'.repeat(32),
    });
    expect(config).toEqual({ databaseUrl: 'postgres://localhost/members', httpPort: 3101, authContextKey: 'k'.repeat(32) });
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
    expect(message).toContain('MEMBERS_AUTH_CONTEXT_KEY: is required');
  });

  it('maps camelCase keys to SCREAMING_SNAKE names', () => {
    expect(toEnvName('natsSubjectPrefix')).toBe('NATS_SUBJECT_PREFIX');
    expect(toEnvName('httpPort')).toBe('HTTP_PORT');
  });
});
