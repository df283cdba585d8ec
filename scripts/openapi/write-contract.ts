// `npm run openapi`: writes openapi/v1.json from the code, then the SDK from it.
import { CONTRACT_PATH } from './contract-files';
import { currentDocumentText } from './current-document';
import { writeIfChanged, writeSdk } from './write-sdk';

export async function writeContract(): Promise<void> {
  writeIfChanged(CONTRACT_PATH, await currentDocumentText());
  writeSdk();
}
