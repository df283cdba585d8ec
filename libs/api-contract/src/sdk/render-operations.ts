// libs/sdk/src/generated/operations.ts: for every operation its input type, its wire description
// (method, path, parameters) and one typed method named by its operationId.
import { operationsOf, type LocatedOperation, type OpenApiDocument, type ParameterObject } from '../openapi-types';
import { GENERATED_HEADER } from './render-schemas';
import { docComment, literal, propertyKey, renderType } from './render-types';

/** Header parameters the runtime sets itself, never part of an operation's input. */
const RUNTIME_HEADERS = new Set(['idempotency-key', 'accept-language', 'authorization']);

/** `If-Match` → `ifMatch`. */
export function inputName(parameter: ParameterObject): string {
  if (parameter.in !== 'header') return parameter.name;
  const [first = '', ...rest] = parameter.name.split('-');
  return first.toLowerCase() + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** POSTs carry an Idempotency-Key, except sign-in and session calls under /auth/ (they are not replayable). */
export function usesIdempotencyKey({ method, path, operation }: LocatedOperation): boolean {
  const declared = (operation.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
  return declared || (method === 'post' && !/\/auth\//.test(path));
}

interface RenderedOperation {
  inputType: string;
  spec: string;
  signature: string;
  binding: string;
}

function renderOne(located: LocatedOperation): RenderedOperation {
  const { method, path, operation } = located;
  const id = operation.operationId;
  if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const parameters = (operation.parameters ?? []).filter((p) => !(p.in === 'header' && RUNTIME_HEADERS.has(p.name.toLowerCase())));
  const fields = parameters.map((p) => {
    const type = p.in === 'header' && p.name.toLowerCase() === 'if-match' ? 'string | number' : renderType(p.schema, 'S.', '  ');
    return `${docComment(p, '  ')}  ${propertyKey(inputName(p))}${p.required ? '' : '?'}: ${type};\n`;
  });
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  if (bodySchema) fields.push(`  body${operation.requestBody?.required ? '' : '?'}: ${renderType(bodySchema, 'S.', '  ')};\n`);
  const inputName_ = `${pascal(id)}Input`;
  const inputType = fields.length > 0 ? `export interface ${inputName_} {\n${fields.join('')}}\n` : `export type ${inputName_} = Record<string, never>;\n`;
  const inputRequired = parameters.some((p) => p.required) || (bodySchema !== undefined && operation.requestBody?.required === true);

  const successCode = Object.keys(operation.responses).filter((code) => /^2\d\d$/.test(code)).sort()[0];
  const success = successCode ? operation.responses[successCode] : undefined;
  const successSchema = success?.content?.['application/json']?.schema;
  const result = successSchema ? renderType(successSchema, 'S.', '  ') : 'void';

  const byPlace = (place: ParameterObject['in']) => parameters.filter((p) => p.in === place);
  const headerMap = byPlace('header').map((p) => `${propertyKey(inputName(p))}: ${literal(p.name)}`);
  const spec = [
    `  ${id}: {`,
    `    operationId: ${literal(id)},`,
    `    method: ${literal(method.toUpperCase())},`,
    `    path: ${literal(path)},`,
    `    secured: ${operation.security !== undefined && operation.security.length > 0},`,
    `    idempotencyKey: ${usesIdempotencyKey(located)},`,
    `    pathParams: [${byPlace('path').map(inputName).map(literal).join(', ')}],`,
    `    queryParams: [${byPlace('query').map(inputName).map(literal).join(', ')}],`,
    `    headerParams: { ${headerMap.join(', ')} },`,
    `    hasBody: ${bodySchema !== undefined},`,
    `  },`,
  ].join('\n');

  const access = operation['x-permission'] ? ` Permission \`${operation['x-permission']}\`, scope \`${operation['x-scope'] ?? '?'}\`.` : ' Public.';
  const summary = (operation.summary ?? id).replace(/\*\//g, '*∕');
  const errors = Object.keys(operation.responses).filter((code) => /^[45]\d\d$/.test(code));
  const signature =
    `  /** ${summary} — \`${method.toUpperCase()} ${path}\`.${access} Errors: ${errors.join(', ')}. */\n` +
    `  ${id}(input${inputRequired ? '' : '?'}: ${inputName_}, options?: RequestOptions): Promise<${result}>;\n`;
  const binding = `    ${id}: (input, options) => call<${result}>(OPERATIONS.${id}, input, options),\n`;
  return { inputType, spec, signature, binding };
}

export function renderOperations(doc: OpenApiDocument): string {
  const rendered = operationsOf(doc).map(renderOne);
  const usesSchemas = rendered.some((r) => /\bS\./.test(r.inputType + r.signature));
  return [
    GENERATED_HEADER,
    usesSchemas ? "import type * as S from './schemas';\n" : '',
    "import type { OperationCaller, OperationSpec } from '../runtime/operation-spec';\n",
    "import type { RequestOptions } from '../runtime/request-options';\n\n",
    rendered.map((r) => r.inputType).join('\n'),
    '\n/** How each operation goes over the wire. */\n',
    `export const OPERATIONS = {\n${rendered.map((r) => r.spec).join('\n')}\n} as const satisfies Record<string, OperationSpec>;\n\n`,
    `export type OperationId = keyof typeof OPERATIONS;\n\n`,
    `/** One typed method per operation of the Liên Thông API (version ${doc.info.version}). */\n`,
    `export interface LienThongOperations {\n${rendered.map((r) => r.signature).join('')}}\n\n`,
    `export function bindOperations(call: OperationCaller): LienThongOperations {\n  return {\n${rendered.map((r) => r.binding).join('')}  };\n}\n`,
  ].join('');
}
