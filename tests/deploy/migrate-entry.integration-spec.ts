import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { hasDatabase, REPO_ROOT, serviceApps } from './support/deploy-tools';

// The image's `migrate` command (deploy/migrate.cjs) on the compiled server, against real
// PostgreSQL: the same code an init container or the compose one-shot runs. The server is
// compiled with the same SWC settings as scripts/build-server.mjs, into a temporary folder so
// that a developer's dist/out is left alone.
let distDir: string;

function compileServer(): string {
  const out = mkdtempSync(join(tmpdir(), 'lt-migrate-dist-'));
  const base = JSON.parse(readFileSync(join(REPO_ROOT, '.swcrc'), 'utf8')) as { jsc: object };
  const { compilerOptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: object } };
  const configFile = join(out, 'swcrc.json');
  writeFileSync(configFile, JSON.stringify({ ...base, jsc: { ...base.jsc, baseUrl: REPO_ROOT, paths: compilerOptions.paths } }));
  const swc = join(REPO_ROOT, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
  const args = [swc, 'libs', 'services', '--out-dir', join(out, 'dist'), '--config-file', configFile, '--no-swcrc', '--copy-files', '--quiet'];
  for (const pattern of ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/*.d.ts']) args.push('--ignore', pattern);
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`SWC failed: ${result.stderr}`);
  return out;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function migrate(app: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'deploy', 'migrate.cjs'), app], {
      // NODE_PATH: the temporary dist lives outside the repo, so point it at the repo's node_modules.
      env: { PATH: process.env['PATH'] ?? '', LT_DIST_DIR: join(distDir, 'dist'), NODE_PATH: join(REPO_ROOT, 'node_modules'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function appliedMigrations(url: string, app: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ name: string }>(`SELECT name FROM "${app}_migrations" ORDER BY id`);
    return result.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  distDir = compileServer();
}, 120_000);
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('the `migrate` entry of the image', () => {
  const apps = serviceApps().filter(hasDatabase);
  let databases: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(databases.map((db) => db.drop()));
    databases = [];
  });

  it.each(apps)('migrates %s: three at once (replicas starting together) apply each migration once', async (app) => {
    const db = await createTestDatabase(`migrate_${app}`);
    databases.push(db);
    const env = { [`${app.toUpperCase()}_DATABASE_URL`]: db.url };
    const runs = await Promise.all([migrate(app, env), migrate(app, env), migrate(app, env)]);
    expect(runs.map((r) => ({ code: r.code, stderr: r.stderr }))).toEqual(Array(3).fill({ code: 0, stderr: '' }));
    const applied = await appliedMigrations(db.url, app);
    expect(applied.length).toBeGreaterThan(0);
    expect(new Set(applied).size).toBe(applied.length);
    const appliedCounts = runs.map((r) => (JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { applied: number }).applied).sort();
    expect(appliedCounts).toEqual([0, 0, applied.length]);
    // and a later run (the next rollout with nothing new) has nothing to do
    const again = await migrate(app, env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout.trim()) as object).toMatchObject({ msg: 'Migrations done', applied: 0 });
  });

  it('fails with the setting named when the database URL is missing or malformed', async () => {
    const missing = await migrate('members', {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('MEMBERS_DATABASE_URL: is required');
    const malformed = await migrate('members', { MEMBERS_DATABASE_URL: 'mysql://db/members' });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('MEMBERS_DATABASE_URL: must be a postgres:// URL');
  });

  it('fails (so the rollout stops) when the database is not there', async () => {
    const url = new URL((await createTestDatabase('migrate_gone').then(async (db) => (await db.drop(), db))).url);
    const run = await migrate('members', { MEMBERS_DATABASE_URL: url.toString() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not exist \(3D000\)/);
  });

  it('refuses an unknown app and the standalone launcher', async () => {
    for (const app of ['standalone', 'Members', '../etc']) {
      const run = await migrate(app, {});
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('usage: migrate.cjs');
    }
  });
});
