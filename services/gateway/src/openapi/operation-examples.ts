import type { OpenAPIObject } from '@nestjs/swagger';
import { composeExample } from './compose-example';
import type { OperationObject, RequestBodyOrRef, ResponseOrRef } from './openapi-object-types';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function fillJsonExample(doc: OpenAPIObject, holder: RequestBodyOrRef | ResponseOrRef | undefined): void {
  if (!holder || '$ref' in holder) return;
  const media = holder.content?.['application/json'];
  if (!media?.schema || media.example !== undefined || media.examples !== undefined) return;
  const { value, missing } = composeExample(doc, media.schema);
  // An incomplete example would mislead: leave it out, and `npm run openapi:check` names the missing fields.
  if (missing.length === 0 && value !== undefined) media.example = value;
}

/**
 * Gives every JSON request body and answer an example (error envelopes have theirs from @ApiErrorResponses), composed from the DTOs' property
 * examples, unless the operation declares its own (`@ApiBody({ examples })`, `@ApiOkResponse({ example })`).
 */
export function addOperationExamples(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      fillJsonExample(doc, operation.requestBody);
      for (const response of Object.values(operation.responses)) fillJsonExample(doc, response);
    }
  }
  return doc;
}
