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

  it('creates a long key readable by the owner only, and keeps it across restarts', () => {
    const file = join(dir, 'nested', 'secrets.json');
    const first = loadOrCreateLocalSecrets(file);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateLocalSecrets(file)).toEqual(first);
  });

  it('replaces a damaged or too-short file with a new key', () => {
    const file = join(dir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ jwtSecret: 'short' }));
    const secrets = loadOrCreateLocalSecrets(file);
    expect(secrets.jwtSecret).not.toBe('short');
    expect(secrets.jwtSecret.length).toBeGreaterThanOrEqual(32);
    writeFileSync(file, '{not json');
    expect(loadOrCreateLocalSecrets(file).jwtSecret.length).toBeGreaterThanOrEqual(32);
  });
});
