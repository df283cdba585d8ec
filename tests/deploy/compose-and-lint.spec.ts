import { execFileSync, spawnSync } from 'node:child_process';
import { describeWithTool, hasDatabase, parseYamlStream, REPO_ROOT, serviceApps } from './support/deploy-tools';
import { loadServiceConfig } from './support/service-config';

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  build?: { args?: Record<string, string> };
}

const apps = serviceApps();

describeWithTool('yamllint', ['--version'], 'Debian: apt-get install -y yamllint', 'yamllint', () => {
  it('passes on docker-compose.yml, k8s/ and deploy/', () => {
    const result = spawnSync('yamllint', ['-f', 'parsable', '-c', 'tests/deploy/yamllint.yaml', 'docker-compose.yml', 'k8s', 'deploy'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describeWithTool('docker-compose', ['version'], "Debian: apt-get install -y docker-compose (v1, checks the file without a Docker engine)", 'docker compose', () => {
  let rendered: Record<string, ComposeService> | undefined;
  const config = (): Record<string, ComposeService> => {
    if (rendered) return rendered;
    const text = execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, COMPOSE_PROJECT_NAME: 'lienthong' } });
    rendered = (parseYamlStream(text, 'docker-compose config')[0] as unknown as { services: Record<string, ComposeService> }).services;
    return rendered;
  };

  it('passes `docker-compose config -q`', () => {
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(apps)('runs %s after its migration and NATS, with a health check', (app) => {
    const services = config();
    const service = services[app];
    expect(service?.build?.args).toEqual({ APP: app });
    expect(service?.healthcheck?.test).toEqual(['CMD', 'node', '/app/deploy/healthcheck.cjs']);
    expect(service?.depends_on?.['nats']).toEqual({ condition: 'service_healthy' });
    if (hasDatabase(app)) {
      expect(service?.depends_on?.[`${app}-migrate`]).toEqual({ condition: 'service_completed_successfully' });
      const migrate = services[`${app}-migrate`];
      expect(migrate?.command).toEqual(['migrate']);
      expect(migrate?.image).toBe(service?.image);
      expect(migrate?.depends_on?.['postgres']).toEqual({ condition: 'service_healthy' });
    }
  });

  it.each(apps)('gives %s every setting its config schema requires, each one valid', (app) => {
    const { fields, required } = loadServiceConfig(app);
    const environment = config()[app]?.environment ?? {};
    expect(required.filter((name) => !environment[name])).toEqual([]);
    const invalid = Object.entries(environment).filter(([name, value]) => !fields.get(name)?.safeParse(value ?? undefined).success);
    expect(invalid).toEqual([]);
  });

  it('creates one database per app with a database, in the PostgreSQL init script', () => {
    const script = execFileSync('cat', ['deploy/postgres-init/10-create-databases.sh'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const listed = /for service in ([a-z ]+); do/.exec(script)?.[1]?.split(' ') ?? [];
    expect(listed.sort()).toEqual(apps.filter(hasDatabase).sort());
  });
});
