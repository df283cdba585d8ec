// Proves that the module boundaries in eslint.config.mjs block what DESIGN.md forbids (service → service,
// frontend → backend, anyone but the launcher → a service) and let through what it allows. The snippets
// are linted by the real config in one ESLint instance in a child process (see support/lint-snippets.mjs).
import { scaledMs } from '@lienthong/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const repoRoot = join(__dirname, '..', '..');
const BOUNDARY_RULE = '@nx/enforce-module-boundaries';

interface Snippet {
  id: string;
  /** Where the snippet pretends to live; the file need not exist. */
  filePath: string;
  code: string;
}

interface LintedSnippet {
  id: string;
  messages: { ruleId: string | null; severity: number; message: string; fatal: boolean }[];
}

const importing = (specifier: string) => `import * as target from '${specifier}';\nexport const used = target;\n`;

const FORBIDDEN: Snippet[] = [
  { id: 'service → another service', filePath: 'services/members/src/boundary-probe.ts', code: importing('@lienthong/documents') },
  { id: 'service → gateway', filePath: 'services/finance/src/boundary-probe.ts', code: importing('@lienthong/gateway') },
  {
    id: 'service → another service by relative path',
    filePath: 'services/members/src/boundary-probe.ts',
    code: importing('../../documents/src/index'),
  },
  { id: 'service → test kit outside tests', filePath: 'services/members/src/boundary-probe.ts', code: importing('@lienthong/testing') },
  { id: 'frontend → platform', filePath: 'frontend/web/src/boundary-probe.ts', code: importing('@lienthong/platform') },
  { id: 'frontend → contracts', filePath: 'frontend/web/src/boundary-probe.ts', code: importing('@lienthong/contracts') },
  { id: 'frontend → server package', filePath: 'frontend/web/src/boundary-probe.ts', code: importing('@nestjs/common') },
  { id: 'platform → service', filePath: 'libs/platform/src/boundary-probe.ts', code: importing('@lienthong/members') },
  { id: 'contracts → platform', filePath: 'libs/contracts/src/boundary-probe.ts', code: importing('@lienthong/platform') },
  { id: 'contracts → Nest', filePath: 'libs/contracts/src/boundary-probe.ts', code: importing('@nestjs/common') },
  { id: 'test kit → service', filePath: 'libs/testing/src/boundary-probe.ts', code: importing('@lienthong/members') },
  { id: 'e2e tests → service root', filePath: 'tests/e2e/boundary-probe.e2e-spec.ts', code: importing('@lienthong/members') },
  // The SDK runs in browsers and integrators' programs: it talks HTTP and imports nothing of the backend.
  { id: 'sdk → contracts', filePath: 'libs/sdk/src/boundary-probe.ts', code: importing('@lienthong/contracts') },
  { id: 'sdk → platform', filePath: 'libs/sdk/src/boundary-probe.ts', code: importing('@lienthong/platform') },
  { id: 'sdk → gateway', filePath: 'libs/sdk/src/boundary-probe.ts', code: importing('@lienthong/gateway') },
  { id: 'sdk → server package', filePath: 'libs/sdk/src/boundary-probe.ts', code: importing('@nestjs/common') },
  { id: 'service code → sdk', filePath: 'services/gateway/src/boundary-probe.ts', code: importing('@lienthong/sdk') },
];

const ALLOWED: Snippet[] = [
  { id: 'launcher → service', filePath: 'services/standalone/src/boundary-probe.ts', code: importing('@lienthong/members') },
  { id: 'launcher → gateway', filePath: 'services/standalone/src/boundary-probe.ts', code: importing('@lienthong/gateway') },
  { id: 'service → platform', filePath: 'services/members/src/boundary-probe.ts', code: importing('@lienthong/platform') },
  { id: 'service → contracts', filePath: 'services/members/src/boundary-probe.ts', code: importing('@lienthong/contracts') },
  {
    id: 'service integration spec → test kit',
    filePath: 'services/members/src/boundary-probe.integration-spec.ts',
    code: importing('@lienthong/testing'),
  },
  { id: 'platform → contracts', filePath: 'libs/platform/src/boundary-probe.ts', code: importing('@lienthong/contracts') },
  { id: 'test kit → platform', filePath: 'libs/testing/src/boundary-probe.ts', code: importing('@lienthong/platform') },
  { id: 'e2e tests → launcher', filePath: 'tests/e2e/boundary-probe.e2e-spec.ts', code: importing('@lienthong/standalone') },
  { id: 'frontend → frontend', filePath: 'frontend/web/src/boundary-probe.ts', code: importing('./pages/landing-page') },
  { id: 'frontend → sdk', filePath: 'frontend/web/src/boundary-probe.ts', code: importing('@lienthong/sdk') },
  { id: 'e2e tests → sdk', filePath: 'tests/e2e/boundary-probe.e2e-spec.ts', code: importing('@lienthong/sdk') },
  { id: 'gateway spec → sdk', filePath: 'services/gateway/src/boundary-probe.integration-spec.ts', code: importing('@lienthong/sdk') },
];

async function lintSnippets(snippets: Snippet[]): Promise<Map<string, LintedSnippet>> {
  const helper = join(__dirname, 'support', 'lint-snippets.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [helper, JSON.stringify(snippets)], {
    cwd: repoRoot,
    maxBuffer: 10 * 1024 * 1024,
  });
  const results = JSON.parse(stdout) as LintedSnippet[];
  return new Map(results.map((r) => [r.id, r]));
}

describe('module boundaries (eslint.config.mjs)', () => {
  let results: Map<string, LintedSnippet>;

  beforeAll(async () => {
    results = await lintSnippets([...FORBIDDEN, ...ALLOWED]);
    // One ESLint run with the whole config (typed rules, the Nx project graph): about 20 s on a quiet
    // machine, minutes on a loaded one. A ceiling only; LT_TEST_TIME_SCALE raises it further.
  }, scaledMs(300_000));

  const resultOf = (id: string): LintedSnippet => {
    const result = results.get(id);
    if (!result) throw new Error(`no lint result for "${id}"`);
    // A parse failure would hide the rule: every snippet must parse.
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    return result;
  };

  it.each(FORBIDDEN.map((s) => [s.id]))('rejects %s', (id) => {
    const boundaryErrors = resultOf(id).messages.filter((m) => m.ruleId === BOUNDARY_RULE && m.severity === 2);
    expect(boundaryErrors).toHaveLength(1);
  });

  it.each(ALLOWED.map((s) => [s.id]))('allows %s', (id) => {
    expect(resultOf(id).messages).toEqual([]);
  });

  it('names the broken constraint in the message', () => {
    const [frontend] = resultOf('frontend → platform').messages;
    expect(frontend?.message).toBe(
      'A project tagged with "type:frontend" can only depend on libs tagged with "type:frontend", "type:sdk"',
    );
    const [contracts] = resultOf('contracts → Nest').messages;
    expect(contracts?.message).toContain('"type:contracts" is not allowed to import "@nestjs/common"');
  });
});
