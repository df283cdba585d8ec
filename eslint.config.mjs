// Lint for the whole workspace (flat config). `npm run lint` runs it with --max-warnings=0, so every
// rule here is an error in practice: a warning nobody fixes is noise (STYLE.md §10).
import js from '@eslint/js';
import nxRules from '@nx/eslint-plugin/nx';
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries reads the cached project graph and silently skips itself when there is
// none (fresh clone, CI). So when no cached graph exists, build it here; any nx command refreshes it.
// Nx's own @nx/eslint/plugin loads this file while it builds the graph: building it again from inside
// that (a plugin worker) would wait forever on the graph lock, hence the guard. No daemon: a daemon
// started from a lint run would outlive it.
const insideGraphConstruction =
  process.env.LT_LINT_GRAPH_READY === '1' || process.argv.some((arg) => arg.includes('plugin-worker'));
if (!insideGraphConstruction) {
  process.env.LT_LINT_GRAPH_READY = '1';
  try {
    readCachedProjectGraph();
  } catch {
    process.env.NX_DAEMON ??= 'false';
    process.env.NX_NO_CLOUD ??= 'true';
    await createProjectGraphAsync({ exitOnError: true });
  }
}

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/*.integration-spec.ts',
  '**/*.e2e-spec.ts',
];
// Build and tool configs that belong to no tsconfig: linted without type information.
const TOOL_CONFIG_FILES = ['**/vite.config.mts', '**/vitest.config.mts', '**/jest.config.ts'];

// The services are Nx "applications", which the rule never lets anyone import. Two projects exist to
// import them anyway: the standalone launcher (it composes every service in one process) and the e2e
// tests (they start the launcher). Only those two get an allow-list, scoped to their own files.
const SERVICE_ROOTS = [
  '@lienthong/gateway',
  '@lienthong/members',
  '@lienthong/documents',
  '@lienthong/finance',
  '@lienthong/resolutions',
];
const LAUNCHER_ROOT = '@lienthong/standalone';

/** Who may depend on whom, by the `type:*` tags in each project.json (DESIGN: services share only contracts and platform). */
const DEP_CONSTRAINTS = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
  { sourceTag: 'type:launcher', onlyDependOnLibsWithTags: ['type:service', 'type:platform', 'type:contracts'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts'],
    // Contracts are plain classes shared by every side: no framework or persistence code (STYLE.md §3).
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'nats', 'express'],
  },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:launcher', 'type:testing', 'type:platform', 'type:contracts', 'type:sdk'],
  },
  // Tools over the OpenAPI document (libs/api-contract, used by scripts/openapi): plain TypeScript.
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:tooling'] },
  {
    // The public API's client (libs/sdk): browser and Node alike, so it imports nothing of the backend.
    sourceTag: 'type:sdk',
    onlyDependOnLibsWithTags: ['type:sdk'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'nats', 'express', 'class-validator', 'class-transformer'],
  },
  {
    sourceTag: 'type:frontend',
    onlyDependOnLibsWithTags: ['type:frontend', 'type:sdk'],
    // The browser bundle talks HTTP to the gateway; server packages in it are always a mistake.
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'nats', 'express', 'class-validator', 'class-transformer'],
  },
];

/** Builds the rule's options; `extra` lets a file group widen the constraints of one tag. */
function boundaries({ allow = [], extraTags = {} } = {}) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allowCircularSelfDependency: false,
      allow,
      depConstraints: DEP_CONSTRAINTS.map((c) =>
        extraTags[c.sourceTag]
          ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, ...extraTags[c.sourceTag]] }
          : c,
      ),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/coverage/**',
      '**/.nx/**',
      '**/tmp/**',
      '**/test-results/**',
      'tests/lint/fixtures/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // ---- TypeScript: type-checked rules -------------------------------------------------------------
  {
    files: TS_FILES,
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked against its nearest tsconfig.json: the root one for services/, libs/,
        // tests/; frontend/web/tsconfig.json for the SPA.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Inline `type` keeps one import line per module. Files with decorators are skipped by the rule
      // when emitDecoratorMetadata is on, so Nest's constructor injection keeps its runtime imports.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // `return promise` inside try/catch skips the catch: await it there (and only there).
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  { plugins: { '@nx': nxRules } },
  { files: TS_FILES, rules: { '@nx/enforce-module-boundaries': boundaries() } },
  {
    files: TS_FILES.map((f) => `services/standalone/${f}`),
    rules: { '@nx/enforce-module-boundaries': boundaries({ allow: SERVICE_ROOTS }) },
  },
  {
    files: TS_FILES.map((f) => `tests/${f}`),
    rules: { '@nx/enforce-module-boundaries': boundaries({ allow: [LAUNCHER_ROOT] }) },
  },
  {
    // Tests of a service may use the shared test kit (real DB, transport); the service itself may not.
    files: TEST_FILES.map((f) => `services/${f}`),
    ignores: ['services/standalone/**'],
    // The gateway's specs drive it through the SDK as well (services/gateway/src/openapi).
    rules: { '@nx/enforce-module-boundaries': boundaries({ extraTags: { 'type:service': ['type:testing', 'type:sdk'] } }) },
  },
  {
    files: TEST_FILES.map((f) => `services/standalone/${f}`),
    rules: {
      '@nx/enforce-module-boundaries': boundaries({
        allow: SERVICE_ROOTS,
        extraTags: { 'type:launcher': ['type:testing'] },
      }),
    },
  },
  {
    // Test code reads JSON bodies (supertest's `body` is `any`), hands mocks to expect() and writes test
    // doubles of async interfaces without awaiting anything; those are the only relaxations. Floating
    // promises, explicit any and the rest stay errors in tests too.
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // ---- Frontend --------------------------------------------------------------------------------------
  {
    files: ['frontend/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat.recommended],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },

  // ---- Plain JavaScript and tool configs (no tsconfig covers them) -----------------------------------
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: [...JS_FILES, ...TOOL_CONFIG_FILES],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // CommonJS config files (jest.config.js, jest.preset.js) use require().
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  prettier,
);
