// What every operation of the published API must document: a good operationId (the SDK method's
// name), a summary, examples of its request and success answer, and the codes of its error answers.
import { composeExample } from '../../services/gateway/src/openapi/compose-example';
import { operationsOf, type MediaTypeObject, type OpenApiDocument } from '../../libs/api-contract/src/openapi-types';

const hasExample = (media: MediaTypeObject) => media.example !== undefined || Object.keys(media.examples ?? {}).length > 0;

function missingExample(doc: OpenApiDocument, media: MediaTypeObject | undefined, what: string): string | undefined {
  if (!media?.schema || hasExample(media)) return undefined;
  const { missing } = composeExample(doc as never, media.schema);
  const why = missing.length > 0 ? `: add @ApiProperty({ example }) to ${missing.join(', ')}` : ': add an example (@ApiBody / @ApiOkResponse({ example }))';
  return `${what} has no example${why}`;
}

/** The rules' findings, one line per problem: `POST /api/v1/orgs (createOrg): …`. */
export function documentationProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const { method, path, operation } of operationsOf(doc)) {
    const name = `${method.toUpperCase()} ${path}${operation.operationId ? ` (${operation.operationId})` : ''}`;
    const report = (problem: string | undefined) => problem && problems.push(`${name}: ${problem}`);
    if (!operation.operationId || !/^[a-z][A-Za-z0-9]*$/.test(operation.operationId)) {
      report(`operationId ${JSON.stringify(operation.operationId ?? null)} is not a camelCase name: set @ApiOperation({ operationId }) (it names the SDK method)`);
    }
    if (!operation.summary) report('no summary: set @ApiOperation({ summary })');
    report(missingExample(doc, operation.requestBody?.content?.['application/json'], 'the request body'));
    for (const [status, response] of Object.entries(operation.responses)) {
      const media = response.content?.['application/json'];
      const isEnvelope = media?.schema?.$ref?.endsWith('/ErrorEnvelopeDto') === true;
      if (!isEnvelope) {
        report(missingExample(doc, media, `the ${status} answer`));
        continue;
      }
      const codes = Object.values(media?.examples ?? {}).map((example) => (example.value as { code?: unknown } | undefined)?.code);
      if (codes.length === 0 || !codes.every((code) => typeof code === 'string')) {
        report(`the ${status} answer documents no error codes: declare it with @ApiErrorResponses(${status}, '<ERROR.CODE>', …)`);
      }
    }
  }
  return problems;
}
