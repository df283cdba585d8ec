import { hasDatabase, describeWithTool, find, OVERLAYS, renderOverlay, serviceApps, type K8sObject } from './support/deploy-tools';
import { podSpec, resolveEnv, type ExternalSecrets } from './support/container-env';
import { loadServiceConfig } from './support/service-config';

/**
 * Settings the manifests already set for code that is still being written. Each is a proposal
 * in docs/ops.md#pending; delete it here when the config schema reads it (then the checks below
 * cover it like any other key).
 */
const PENDING_SETTINGS: string[] = [];
/** Read by Node itself, not by the service's schema. */
const RUNTIME_SETTINGS = ['NODE_OPTIONS'];
/** CloudNativePG makes `<cluster>-app` with these keys; the prod overlay reads `uri`. */
const CNPG_APP_SECRET_KEYS = ['username', 'password', 'host', 'port', 'dbname', 'uri', 'jdbc-uri', 'pgpass'];

/** In prod no Secret is rendered: their keys are the base placeholders' and CloudNativePG's. */
function externalSecrets(apps: string[]): ExternalSecrets {
  const external: ExternalSecrets = new Map();
  for (const secret of renderOverlay('k8s/base').filter((o) => o.kind === 'Secret')) {
    external.set(secret.metadata.name, Object.keys({ ...(secret['stringData'] as object), ...(secret['data'] as object | undefined) }));
  }
  for (const app of apps) external.set(`${app}-db-app`, CNPG_APP_SECRET_KEYS);
  return external;
}

describeWithTool('kubectl', ['version', '--client'], 'the kubectl binary, e.g. /usr/bin/kubectl', 'manifests follow the code (drift)', () => {
  const apps = serviceApps();

  it('finds the apps to check', () => {
    expect(apps).toEqual(expect.arrayContaining(['gateway', 'members']));
  });

  describe.each(OVERLAYS)('%s', (overlay) => {
    const deployment = (app: string): K8sObject => {
      const found = find(renderOverlay(overlay), 'Deployment', app);
      if (!found) throw new Error(`${overlay}: no Deployment for services/${app}`);
      return found;
    };

    it.each(apps)('%s has a Deployment whose main container is the app, started with `serve`', (app) => {
      const main = podSpec(deployment(app)).containers.find((c) => c.name === app);
      expect(main?.image).toMatch(new RegExp(`(^|/)lienthong/${app}:`));
      expect(main?.args).toEqual(['serve']);
    });

    it.each(apps)('%s migrates before it serves when it has a database', (app) => {
      const spec = podSpec(deployment(app));
      const migrate = spec.initContainers?.find((c) => c.name === 'migrate');
      if (!hasDatabase(app)) {
        expect(migrate).toBeUndefined();
        return;
      }
      expect(migrate?.args).toEqual(['migrate']);
      expect(migrate?.image).toBe(spec.containers.find((c) => c.name === app)?.image);
      const { env, problems } = resolveEnv(migrate as NonNullable<typeof migrate>, renderOverlay(overlay), externalSecrets(apps));
      expect(problems).toEqual([]);
      expect(env.has(`${app.toUpperCase()}_DATABASE_URL`)).toBe(true);
    });

    it.each(apps)('%s gets a value for every setting its config schema requires', (app) => {
      const config = loadServiceConfig(app);
      const main = podSpec(deployment(app)).containers.find((c) => c.name === app);
      const { env, problems } = resolveEnv(main as NonNullable<typeof main>, renderOverlay(overlay), externalSecrets(apps));
      expect(problems).toEqual([]);
      expect(config.required.filter((name) => !env.has(name))).toEqual([]);
    });

    it.each(apps)('%s: every literal setting passes its schema, and every setting is one the code reads', (app) => {
      const config = loadServiceConfig(app);
      const main = podSpec(deployment(app)).containers.find((c) => c.name === app);
      const { env } = resolveEnv(main as NonNullable<typeof main>, renderOverlay(overlay), externalSecrets(apps));
      const invalid: string[] = [];
      const unknown: string[] = [];
      for (const [name, source] of env) {
        const field = config.fields.get(name);
        if (!field) {
          const pending = PENDING_SETTINGS.some((s) => name === `${config.prefix}_${s}`);
          if (!pending && !RUNTIME_SETTINGS.includes(name)) unknown.push(name);
        } else if (source.kind === 'literal' && !field.safeParse(source.value).success) {
          invalid.push(`${name}=${source.value}`);
        }
      }
      expect({ invalid, unknown }).toEqual({ invalid: [], unknown: [] });
    });

    it.each(apps)('%s listens where its probes, Service and ConfigMap say', (app) => {
      const config = loadServiceConfig(app);
      const main = podSpec(deployment(app)).containers.find((c) => c.name === app);
      const { env } = resolveEnv(main as NonNullable<typeof main>, renderOverlay(overlay), externalSecrets(apps));
      const port = env.get(`${config.prefix}_HTTP_PORT`);
      const schemaDefault = config.fields.get(`${config.prefix}_HTTP_PORT`)?.parse(undefined);
      const effective = Number(port?.kind === 'literal' ? port.value : schemaDefault);
      expect(main?.ports).toEqual([{ name: 'http', containerPort: effective }]);
      const service = find(renderOverlay(overlay), 'Service', app);
      expect((service?.['spec'] as { ports: { targetPort: string }[] }).ports[0]?.targetPort).toBe('http');
    });

    it.each(apps)('%s serves with migrate-on-boot off: the init container owns migrations', (app) => {
      if (!hasDatabase(app)) return;
      const main = podSpec(deployment(app)).containers.find((c) => c.name === app);
      const { env } = resolveEnv(main as NonNullable<typeof main>, renderOverlay(overlay), externalSecrets(apps));
      expect(env.get(`${app.toUpperCase()}_MIGRATE_ON_BOOT`)).toEqual({ kind: 'literal', value: 'false' });
    });
  });

  it('the drift check notices a missing setting (it is not a no-op)', () => {
    const config = loadServiceConfig('members');
    const objects = renderOverlay('k8s/overlays/dev').map((o) => structuredClone(o));
    const members = find(objects, 'Deployment', 'members') as K8sObject;
    const main = podSpec(members).containers.find((c) => c.name === 'members');
    if (!main) throw new Error('members has no main container');
    main.envFrom = main.envFrom?.filter((source) => !source.secretRef);
    const { env } = resolveEnv(main, objects, new Map());
    expect(config.required.filter((name) => !env.has(name))).toContain('MEMBERS_DATABASE_URL');
  });
});
