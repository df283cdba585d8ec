// `npm run sdk`: regenerates libs/sdk/src/generated from the committed openapi/v1.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTRACT_PATH, readRepoFile, renderSdkFiles, REPO_ROOT } from './contract-files';
import type { OpenApiDocument } from '../../libs/api-contract/src/openapi-types';

export function writeIfChanged(path: string, content: string): void {
  const changed = readRepoFile(path) !== content;
  if (changed) {
    mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, path), content);
  }
  process.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${path}\n`);
}

export function writeSdk(): void {
  const text = readRepoFile(CONTRACT_PATH);
  if (text === undefined) throw new Error(`${CONTRACT_PATH} is missing: run npm run openapi`);
  for (const [path, content] of Object.entries(renderSdkFiles(JSON.parse(text) as OpenApiDocument))) writeIfChanged(path, content);
}
