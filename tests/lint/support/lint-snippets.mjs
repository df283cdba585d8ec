// Lints source snippets as if they lived at given paths, with the workspace's own eslint.config.mjs, and
// prints the results as JSON: `node lint-snippets.mjs '[{"id":"…","filePath":"…","code":"…"}]'`.
//
// Why a separate process: ESLint loads eslint.config.mjs with a dynamic import(), which Jest's module
// sandbox refuses without --experimental-vm-modules. Why type-aware parsing is off: it needs every file
// in a tsconfig program, and these snippets are not on disk. The boundary rule reads the Nx project
// graph, not types, so switching type information off changes nothing it decides.
import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import tseslint from 'typescript-eslint';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const snippets = JSON.parse(process.argv[2] ?? '[]');

const withoutTypeInformation = {
  files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
  ...tseslint.configs.disableTypeChecked,
};

const eslint = new ESLint({ cwd: repoRoot, overrideConfig: [withoutTypeInformation] });
const results = [];
for (const { id, filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  results.push({
    id,
    messages: (result?.messages ?? []).map(({ ruleId, severity, message, fatal }) => ({
      ruleId,
      severity,
      message,
      fatal: fatal === true,
    })),
  });
}
process.stdout.write(JSON.stringify(results));
