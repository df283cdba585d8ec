import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  jwtSecret: string;
}

/**
 * The standalone install's JWT signing secret, made on first run and kept in `.data` (mode 0600)
 * so that a restart does not log everybody out. (The auth context key pair is made per run in
 * memory: a context lives 60 s, so nothing needs it after a restart.)
 */
export function loadOrCreateLocalSecrets(file: string): LocalSecrets {
  const stored = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
  if (isKey(stored.jwtSecret)) return { jwtSecret: stored.jwtSecret };
  const secrets: LocalSecrets = { jwtSecret: randomBytes(32).toString('base64url') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/** A damaged file only costs a new login: replace it rather than refuse to start. */
function parse(text: string): Partial<LocalSecrets> {
  try {
    return JSON.parse(text) as Partial<LocalSecrets>;
  } catch {
    return {};
  }
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 32;
}
