import { generateOpenApiDocument } from '../../services/gateway/src/openapi/openapi-document';
import { stableJson } from '../../libs/api-contract/src/stable-json';

/** The gateway's document as the code declares it today (Nest preview mode: no database, no port), as stable JSON. */
export async function currentDocumentText(): Promise<string> {
  return stableJson(await generateOpenApiDocument());
}
