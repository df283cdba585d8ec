// Where the published contract and the generated SDK live, and how to produce them from the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOperations } from '../../libs/api-contract/src/sdk/render-operations';
import { renderSchemas } from '../../libs/api-contract/src/sdk/render-schemas';
import type { OpenApiDocument } from '../../libs/api-contract/src/openapi-types';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CONTRACT_PATH = 'openapi/v1.json';
export const SDK_GENERATED_DIR = 'libs/sdk/src/generated';

/** The generated SDK files (path relative to the repo → content) for a document. */
export function renderSdkFiles(doc: OpenApiDocument): Record<string, string> {
  return {
    [`${SDK_GENERATED_DIR}/schemas.ts`]: renderSchemas(doc),
    [`${SDK_GENERATED_DIR}/operations.ts`]: renderOperations(doc),
  };
}

export function readRepoFile(path: string): string | undefined {
  try {
    return readFileSync(join(REPO_ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
}
