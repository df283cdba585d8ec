import { describeWithTool, find, OVERLAYS, renderOverlay, serviceApps, type K8sObject } from './support/deploy-tools';
import { podSpec, type Container } from './support/container-env';

interface Probe {
  httpGet?: { path: string; port: string };
}

const apps = serviceApps();

function deployments(overlay: string): K8sObject[] {
  return renderOverlay(overlay).filter((o) => o.kind === 'Deployment');
}

function preStopSeconds(container: Container): number {
  const command = (container['lifecycle'] as { preStop?: { exec?: { command: string[] } } } | undefined)?.preStop?.exec?.command;
  return command?.[0] === 'sleep' ? Number(command[1]) : NaN;
}

describeWithTool('kubectl', ['version', '--client'], 'the kubectl binary, e.g. /usr/bin/kubectl', 'what every Deployment must have', () => {
  describe.each(OVERLAYS)('%s', (overlay) => {
    it('probes the health endpoints: startup and liveness on live, readiness on ready', () => {
      for (const deployment of deployments(overlay)) {
        const app = deployment.metadata.name;
        const main = podSpec(deployment).containers.find((c) => c.name === app) as Container;
        // The gateway's aggregate /api/v1/health is 503 when any service is down: not a probe (docs/ops.md#kubernetes).
        const [live, ready] = app === 'gateway' ? ['/api/v1/health/live', '/api/v1/health/ready'] : ['/health/live', '/health/ready'];
        expect({ app, startup: (main['startupProbe'] as Probe).httpGet }).toEqual({ app, startup: { path: live, port: 'http' } });
        expect({ app, live: (main['livenessProbe'] as Probe).httpGet }).toEqual({ app, live: { path: live, port: 'http' } });
        expect({ app, ready: (main['readinessProbe'] as Probe).httpGet }).toEqual({ app, ready: { path: ready, port: 'http' } });
      }
    });

    it('sets requests and limits on every container, init containers included', () => {
      for (const deployment of deployments(overlay)) {
        const spec = podSpec(deployment);
        for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
          const resources = container['resources'] as { requests?: Record<string, string>; limits?: Record<string, string> };
          expect({ where: `${deployment.metadata.name}/${container.name}`, requests: Object.keys(resources.requests ?? {}).sort(), limits: Object.keys(resources.limits ?? {}).sort() }).toEqual({
            where: `${deployment.metadata.name}/${container.name}`,
            requests: ['cpu', 'memory'],
            limits: ['cpu', 'memory'],
          });
        }
      }
    });

    it('runs non-root, read-only, with no capabilities and no privilege escalation (Pod Security "restricted")', () => {
      for (const deployment of deployments(overlay)) {
        const spec = podSpec(deployment);
        expect(spec['securityContext']).toMatchObject({ runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } });
        expect(spec['automountServiceAccountToken']).toBe(false);
        for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
          expect(container['securityContext']).toEqual({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            capabilities: { drop: ['ALL'] },
          });
          // A read-only root needs a writable /tmp.
          expect(container['volumeMounts']).toEqual(expect.arrayContaining([{ name: 'tmp', mountPath: '/tmp' }]));
        }
      }
    });

    it('shuts down gracefully: preStop pause, then a grace period long enough to drain', () => {
      for (const deployment of deployments(overlay)) {
        const spec = podSpec(deployment);
        const main = spec.containers.find((c) => c.name === deployment.metadata.name) as Container;
        const pause = preStopSeconds(main);
        expect(pause).toBeGreaterThanOrEqual(5);
        // pause + the RPC timeout (5 s) for in-flight work + closing connections, with margin
        expect(spec['terminationGracePeriodSeconds']).toBeGreaterThanOrEqual(pause + 20);
      }
    });

    it('rolls out without losing capacity', () => {
      for (const deployment of deployments(overlay)) {
        expect((deployment['spec'] as { strategy: unknown }).strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
      }
    });

    it('exposes the gateway through a Service, an Ingress, an HPA and a PodDisruptionBudget', () => {
      const objects = renderOverlay(overlay);
      for (const kind of ['Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
        expect({ kind, found: Boolean(find(objects, kind, 'gateway')) }).toEqual({ kind, found: true });
      }
      expect(objects.filter((o) => o.kind === 'Ingress').map((o) => o.metadata.name)).toEqual(['gateway']);
      expect(objects.filter((o) => o.kind === 'Service').every((s) => (s['spec'] as { type: string }).type === 'ClusterIP')).toBe(true);
    });
  });

  it('prod renders no Secret at all, so applying it never overwrites real secrets', () => {
    expect(renderOverlay('k8s/overlays/prod').filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  it('gives every app the auth context public keys, and the private key only to the apps that sign (not members)', () => {
    const signers = ['gateway', 'documents', 'finance', 'resolutions'];
    for (const overlay of OVERLAYS) {
      for (const deployment of deployments(overlay)) {
        const app = deployment.metadata.name;
        const main = podSpec(deployment).containers.find((c) => c.name === app) as Container;
        const ref = (suffix: string) => main.env?.find((v) => v.name === `${app.toUpperCase()}_AUTH_CONTEXT_${suffix}`)?.valueFrom?.secretKeyRef;
        expect({ app, overlay, keys: ref('PUBLIC_KEYS'), signing: ref('PRIVATE_KEY') }).toEqual({
          app,
          overlay,
          keys: { name: 'lienthong-auth-context', key: 'AUTH_CONTEXT_PUBLIC_KEYS' },
          signing: signers.includes(app) ? { name: 'lienthong-auth-context-signing', key: 'AUTH_CONTEXT_PRIVATE_KEY' } : undefined,
        });
      }
    }
  });

  it('the Secrets that base and dev render are placeholders only', () => {
    for (const overlay of ['k8s/base', 'k8s/overlays/dev']) {
      for (const secret of renderOverlay(overlay).filter((o) => o.kind === 'Secret')) {
        expect(secret.metadata.annotations?.['lienthong.vn/placeholder']).toBe('true');
        const values = Object.entries(secret['stringData'] as Record<string, string>).filter(([key]) => !key.endsWith('_NATS_USER'));
        for (const [key, value] of values) expect(`${key}=${value}`).toMatch(/=REPLACE_ME/);
      }
    }
  });

  it('takes the JetStream stream replicas from configuration: 3 in prod, 1 in dev', () => {
    for (const [overlay, replicas] of [['k8s/overlays/prod', '3'], ['k8s/overlays/dev', '1']] as const) {
      for (const app of apps.filter((a) => a !== 'gateway')) {
        const config = find(renderOverlay(overlay), 'ConfigMap', `${app}-config`);
        expect({ app, replicas: (config?.['data'] as Record<string, string>)[`${app.toUpperCase()}_EVENTS_STREAM_REPLICAS`] }).toEqual({ app, replicas });
      }
    }
  });

  it('prod isolates the network: default deny, only the gateway has an ingress rule from outside', () => {
    const policies = renderOverlay('k8s/overlays/prod').filter((o) => o.kind === 'NetworkPolicy');
    expect(policies.map((p) => p.metadata.name)).toEqual(expect.arrayContaining(['default-deny-all', 'allow-dns-egress', ...apps]));
    for (const app of apps) {
      const spec = find(policies, 'NetworkPolicy', app)?.['spec'] as { ingress?: unknown[]; egress: { to: { podSelector?: { matchLabels: Record<string, string> } }[] }[] };
      // Services take no traffic except metrics scraping (a separate policy); the gateway only from the ingress controller.
      expect(spec.ingress?.length ?? 0).toBe(app === 'gateway' ? 1 : 0);
      const targets = spec.egress.flatMap((rule) => rule.to.map((to) => to.podSelector?.matchLabels));
      expect(targets).toEqual([{ 'app.kubernetes.io/name': 'nats' }, { 'cnpg.io/cluster': `${app}-db` }]);
    }
  });

  it('prod enforces the restricted Pod Security Standard on its namespace and scrapes metrics', () => {
    const objects = renderOverlay('k8s/overlays/prod');
    const namespace = find(objects, 'Namespace', 'lienthong');
    expect(namespace?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(objects.every((o) => o.kind === 'Namespace' || o.metadata.namespace === 'lienthong')).toBe(true);
    expect(find(objects, 'ServiceMonitor', 'lienthong')).toBeDefined();
    expect(find(objects, 'PrometheusRule', 'lienthong')).toBeDefined();
    for (const app of apps) expect(find(objects, 'HorizontalPodAutoscaler', app)).toBeDefined();
  });
});
