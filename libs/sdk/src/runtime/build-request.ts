import type { OperationSpec } from './operation-spec';

export interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function inputValue(input: object | undefined, name: string): unknown {
  return input ? (input as Record<string, unknown>)[name] : undefined;
}

function queryValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** `If-Match` takes the record's version as a number too: 3 → `"3"` (our ETags are strong version tags). */
function headerValue(header: string, value: unknown): string {
  if (header.toLowerCase() === 'if-match' && typeof value === 'number') return `"${value}"`;
  return String(value);
}

/** The URL, the operation's own headers and the JSON body of one call (no auth or retry headers yet). */
export function buildRequest(baseUrl: string, spec: OperationSpec, input: object | undefined): WireRequest {
  let path = spec.path;
  for (const name of spec.pathParams) {
    const value = inputValue(input, name);
    if (typeof value !== 'string' && typeof value !== 'number') throw new TypeError(`${spec.operationId}: path parameter "${name}" is required`);
    if (value === '') throw new TypeError(`${spec.operationId}: path parameter "${name}" is empty`);
    path = path.replace(`{${name}}`, encodeURIComponent(value));
  }
  const query = new URLSearchParams();
  for (const name of spec.queryParams) {
    const value = inputValue(input, name);
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) query.append(name, queryValue(item));
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  for (const [field, header] of Object.entries(spec.headerParams)) {
    const value = inputValue(input, field);
    if (value !== undefined && value !== null) headers[header] = headerValue(header, value);
  }
  let body: string | undefined;
  const bodyValue = inputValue(input, 'body');
  if (spec.hasBody && bodyValue !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(bodyValue);
  }
  const search = query.toString();
  return { url: `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`, method: spec.method, headers, body };
}
