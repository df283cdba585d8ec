import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hasDatabase, REPO_ROOT, serviceApps } from './support/deploy-tools';

// No Docker engine here: these are the static checks that catch the usual breakages of a
// Dockerfile (a copied path that moved, an entry point that no longer exists, a context that
// leaks node_modules or secrets). The image itself was not built on this machine.
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

function copiedFromContext(): string[] {
  return dockerfile
    .split('\n')
    .filter((line) => /^COPY\s/.test(line) && !line.includes('--from='))
    .flatMap((line) => line.replace(/^COPY\s+/, '').split(/\s+/).filter((part) => !part.startsWith('--')).slice(0, -1));
}

describe('Dockerfile', () => {
  it('copies only paths that exist in the repository', () => {
    expect(copiedFromContext().filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
  });

  it('copies only paths the .dockerignore lets into the build context', () => {
    const allowed = dockerignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''));
    expect(dockerignore[0]).toBe('**');
    expect(copiedFromContext().filter((path) => !allowed.some((a) => path === a || path.startsWith(`${a}/`)))).toEqual([]);
  });

  it('keeps dependencies, build output, local data and env files out of the context', () => {
    expect(dockerignore).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '**/.data', '**/.env']));
  });

  it('is one recipe for every app: the app is a build argument the entry point uses', () => {
    const entrypoint = readFileSync(join(REPO_ROOT, 'deploy/docker/entrypoint.sh'), 'utf8');
    expect(entrypoint).toContain('exec node "/app/dist/out/services/${app}/src/main.js"');
    expect(entrypoint).toContain('exec node /app/deploy/migrate.cjs "${app}"');
    for (const app of [...serviceApps(), 'standalone']) expect(dockerfile).toMatch(new RegExp(`\\b${app}\\b`));
    expect(statSync(join(REPO_ROOT, 'deploy/docker/entrypoint.sh')).mode & 0o111).not.toBe(0);
  });

  it.each(serviceApps())('%s has the files the image runs: main.ts, and the database and config modules `migrate` loads', (app) => {
    expect(existsSync(join(REPO_ROOT, 'services', app, 'src', 'main.ts'))).toBe(true);
    expect(existsSync(join(REPO_ROOT, 'services', app, 'src', 'config', `${app}.config.ts`))).toBe(true);
    if (hasDatabase(app)) expect(existsSync(join(REPO_ROOT, 'services', app, 'src', 'database', 'data-source.ts'))).toBe(true);
  });

  it('installs production dependencies only in the runtime image, and runs as a numeric non-root user', () => {
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/app\/deploy\/docker\/entrypoint.sh"\]$/m);
  });
});
