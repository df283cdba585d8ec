// Lets a plain `node` child process run the TypeScript sources (the crash test SIGKILLs such a
// child mid-job): SWC compiles each .ts file on require, tsconfig paths resolve @lienthong/*.
const { join } = require('node:path');
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '..', '..', '..');
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });
require('reflect-metadata');
