// Lets plain `node` require the repository's TypeScript sources (for `npm run openapi`): each .ts file
// is compiled on require by SWC with decorator metadata (Nest needs it) and the `@lienthong/*` aliases
// of tsconfig.base.json rewritten to relative paths. No build directory, so no clash with others'
// builds in dist/out.
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const repoRoot = join(__dirname, '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(readFileSync(join(repoRoot, '.swcrc'), 'utf8'));

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    ...swcrc,
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: { ...swcrc.jsc, baseUrl: repoRoot, paths: compilerOptions.paths },
    // import() of a .ts file must go through this hook too, so it becomes require().
    module: { ...swcrc.module, ignoreDynamic: false },
  });
  module._compile(code, filename);
};
require('reflect-metadata');
