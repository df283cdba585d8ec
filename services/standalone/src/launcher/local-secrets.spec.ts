import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLocalSecrets } from './local-secrets';

describe('loadOrCreateLocalSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lt-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates two different long keys readable by the owner only, and keeps them across restarts', () => {
    const file = join(dir, 'nested', 'secrets.json');
    const first = loadOrCreateLocalSecrets(file);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.authContextKey.length).toBeGreaterThanOrEqual(32);
    expect(first.jwtSecret).not.toBe(first.authContextKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateLocalSecrets(file)).toEqual(first);
  });

  it('replaces a damaged or too-short file with new keys', () => {
    const file = join(dir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ jwtSecret: 'short', authContextKey: 'short' }));
    const secrets = loadOrCreateLocalSecrets(file);
    expect(secrets.jwtSecret).not.toBe('short');
    expect(secrets.jwtSecret.length).toBeGreaterThanOrEqual(32);
    writeFileSync(file, '{not json');
    expect(loadOrCreateLocalSecrets(file).authContextKey.length).toBeGreaterThanOrEqual(32);
  });
});
