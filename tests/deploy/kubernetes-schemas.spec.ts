import { describeWithTool, OVERLAYS, renderOverlay, type K8sObject } from './support/deploy-tools';

interface Model {
  validate(): void;
}
type ModelClass = new (data: K8sObject) => Model;

/** kubernetes-models 4.5.1 for the built-in kinds, its prometheus-operator models for monitoring.coreos.com. */
function modelFor(apiVersion: string, kind: string): ModelClass {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [undefined, apiVersion];
  const pkg = group === 'monitoring.coreos.com' ? '@kubernetes-models/prometheus-operator' : 'kubernetes-models';
  const path = group ? `${pkg}/${group}/${version}/${kind}` : `${pkg}/${version}/${kind}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module path is data: one model per kind.
  const model = (require(path) as Record<string, ModelClass | undefined>)[kind];
  if (!model) throw new Error(`No schema model for ${apiVersion} ${kind}`);
  return model;
}

describeWithTool('kubectl', ['version', '--client'], 'the kubectl binary, e.g. /usr/bin/kubectl', 'Kubernetes manifests', () => {
  describe.each(OVERLAYS)('%s', (overlay) => {
    it('renders with kubectl kustomize', () => {
      expect(renderOverlay(overlay).length).toBeGreaterThan(10);
    });

    it('every rendered object validates against its Kubernetes schema', () => {
      const failures: string[] = [];
      for (const object of renderOverlay(overlay)) {
        try {
          new (modelFor(object.apiVersion, object.kind))(object).validate();
        } catch (error) {
          failures.push(`${object.kind}/${object.metadata.name}: ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('gives every object a name unique for its kind', () => {
      const ids = renderOverlay(overlay).map((o) => `${o.kind}/${o.metadata.name}`);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
  });

  it('rejects a broken object (the schema check is not a no-op)', () => {
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two' } } as unknown as K8sObject;
    expect(() => new (modelFor('apps/v1', 'Deployment'))(broken).validate()).toThrow(/replicas/);
  });
});
