#!/usr/bin/env node
// The published API contract: `node scripts/openapi/openapi.cjs write|sdk|check` (npm run openapi, sdk, openapi:check).
require('./register-ts.cjs');

const commands = {
  write: () => require('./write-contract.ts').writeContract(),
  sdk: () => require('./write-sdk.ts').writeSdk(),
  check: () => require('./check-contract.ts').checkContract(),
};

const command = commands[process.argv[2]];
if (!command) {
  process.stderr.write(`usage: node scripts/openapi/openapi.cjs ${Object.keys(commands).join('|')}\n`);
  process.exit(2);
}
Promise.resolve()
  .then(command)
  .then((ok) => process.exit(ok === false ? 1 : 0))
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
