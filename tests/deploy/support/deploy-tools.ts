import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const OVERLAYS = ['k8s/base', 'k8s/overlays/dev', 'k8s/overlays/prod'] as const;

/** A rendered Kubernetes object, loosely typed: the tests read the fields they check. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

const REQUIRE_TOOLS = process.env['REQUIRE_DEPLOY_TOOLS'] === '1';

export function toolAvailable(command: string, versionArgs: string[]): boolean {
  const result = spawnSync(command, versionArgs, { encoding: 'utf8' });
  return result.status === 0;
}

/**
 * `describe` when the tool is on PATH; otherwise one skipped test that says what is missing,
 * or, with REQUIRE_DEPLOY_TOOLS=1 (CI), one failing test, so a missing tool never passes silently.
 */
export function describeWithTool(tool: string, versionArgs: string[], install: string, title: string, body: () => void): void {
  if (toolAvailable(tool, versionArgs)) {
    describe(title, body);
    return;
  }
  const message = `${tool} not found (${install})`;
  describe(title, () => {
    if (REQUIRE_TOOLS) {
      it(`needs ${tool}`, () => {
        throw new Error(`${message}; REQUIRE_DEPLOY_TOOLS=1 makes this a failure`);
      });
    } else {
      it.skip(`SKIPPED: ${message}; set REQUIRE_DEPLOY_TOOLS=1 to fail instead`, () => undefined);
    }
  });
}

export function parseYamlStream(text: string, source: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value = doc.toJS() as K8sObject | null;
    return value ? [value] : [];
  });
}

const renders = new Map<string, K8sObject[]>();

/** `kubectl kustomize <overlay>` (offline), parsed; cached per overlay for the test file. */
export function renderOverlay(overlay: string): K8sObject[] {
  const cached = renders.get(overlay);
  if (cached) return cached;
  const text = execFileSync('kubectl', ['kustomize', join(REPO_ROOT, overlay)], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const objects = parseYamlStream(text, overlay);
  renders.set(overlay, objects);
  return objects;
}

/** Apps that run as their own process: every folder of services/ except the standalone launcher. */
export function serviceApps(): string[] {
  return readdirSync(join(REPO_ROOT, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'standalone')
    .map((entry) => entry.name)
    .sort();
}

export function hasDatabase(app: string): boolean {
  return existsSync(join(REPO_ROOT, 'services', app, 'src', 'database'));
}

export function find(objects: K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name);
}
