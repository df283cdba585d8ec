import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  jwtSecret: string;
  authContextKey: string;
}

/**
 * The standalone install's signing keys, made on first run and kept in `.data` (mode 0600)
 * so that a restart does not log everybody out.
 */
export function loadOrCreateLocalSecrets(file: string): LocalSecrets {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
    if (isKey(stored.jwtSecret) && isKey(stored.authContextKey)) return { jwtSecret: stored.jwtSecret, authContextKey: stored.authContextKey };
  }
  const secrets: LocalSecrets = {
    jwtSecret: randomBytes(32).toString('base64url'),
    authContextKey: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 32;
}
