import type { K8sObject } from './deploy-tools';

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  [field: string]: unknown;
}

/** Where a setting's value comes from: a literal we can check against the schema, or a Secret. */
export type EnvSource = { kind: 'literal'; value: string } | { kind: 'secret'; secret: string; key: string };

/** Secrets that are not rendered (prod) but whose keys are a contract: name → keys. */
export type ExternalSecrets = Map<string, string[]>;

function dataOf(object: K8sObject): Record<string, string> {
  return { ...((object['data'] as Record<string, string> | undefined) ?? {}), ...((object['stringData'] as Record<string, string> | undefined) ?? {}) };
}

/**
 * The environment a container gets, as Kubernetes builds it (envFrom first, then env, which
 * wins), with every reference resolved against the rendered objects or the external contract.
 * Dangling references are returned as problems.
 */
export function resolveEnv(container: Container, objects: K8sObject[], external: ExternalSecrets): { env: Map<string, EnvSource>; problems: string[] } {
  const env = new Map<string, EnvSource>();
  const problems: string[] = [];
  const secretKeys = (name: string): string[] | undefined => {
    const rendered = objects.find((o) => o.kind === 'Secret' && o.metadata.name === name);
    return rendered ? Object.keys(dataOf(rendered)) : external.get(name);
  };
  const configMap = (name: string) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);

  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      const map = configMap(source.configMapRef.name);
      if (!map) problems.push(`${container.name}: envFrom ConfigMap ${source.configMapRef.name} is not rendered`);
      else for (const [key, value] of Object.entries(dataOf(map))) env.set(key, { kind: 'literal', value: String(value) });
    }
    if (source.secretRef) {
      const keys = secretKeys(source.secretRef.name);
      if (!keys) problems.push(`${container.name}: envFrom Secret ${source.secretRef.name} is neither rendered nor a known external Secret`);
      else for (const key of keys) env.set(key, { kind: 'secret', secret: source.secretRef.name, key });
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env.set(variable.name, { kind: 'literal', value: variable.value });
    const secretRef = variable.valueFrom?.secretKeyRef;
    if (secretRef) {
      if (!secretKeys(secretRef.name)?.includes(secretRef.key)) problems.push(`${container.name}: ${variable.name} → Secret ${secretRef.name} has no key ${secretRef.key}`);
      env.set(variable.name, { kind: 'secret', secret: secretRef.name, key: secretRef.key });
    }
    const mapRef = variable.valueFrom?.configMapKeyRef;
    if (mapRef) {
      const value = configMap(mapRef.name) ? dataOf(configMap(mapRef.name) as K8sObject)[mapRef.key] : undefined;
      if (value === undefined) problems.push(`${container.name}: ${variable.name} → ConfigMap ${mapRef.name} has no key ${mapRef.key}`);
      else env.set(variable.name, { kind: 'literal', value });
    }
  }
  return { env, problems };
}

export function podSpec(deployment: K8sObject): { containers: Container[]; initContainers?: Container[]; [field: string]: unknown } {
  const spec = deployment['spec'] as { template: { spec: { containers: Container[]; initContainers?: Container[] } } };
  return spec.template.spec;
}
