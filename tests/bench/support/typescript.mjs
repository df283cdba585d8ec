// Loading the repo's TypeScript sources in a bench process: no build step, no dist/out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Compiles `.ts` files with SWC on require (the repo's .swcrc and tsconfig path aliases), then loads reflect-metadata. */
export function registerTypeScript(repoRoot) {
  const swc = require('@swc/core');
  const base = JSON.parse(readFileSync(join(repoRoot, '.swcrc'), 'utf8'));
  const { compilerOptions } = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'));
  const options = { ...base, sourceMaps: false, jsc: { ...base.jsc, baseUrl: repoRoot, paths: compilerOptions.paths } };
  require.extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
    module._compile(code, filename);
  };
  require('reflect-metadata');
}
