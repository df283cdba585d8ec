// Breaking changes between the published contract and the next one, operation by operation.
import { operationsOf, type LocatedOperation, type OpenApiDocument, type ParameterObject } from './openapi-types';
import { SchemaComparer, type SchemaBreak } from './schema-compat';

export interface BreakingChange {
  /** `POST /api/v1/orgs (createOrg)` */
  operation: string;
  kind:
    | SchemaBreak['kind']
    | 'operation-removed'
    | 'operation-id-changed'
    | 'parameter-removed'
    | 'parameter-became-required'
    | 'required-parameter-added'
    | 'request-body-became-required'
    | 'success-status-changed';
  at: string;
  detail: string;
}

/** `/api/v1/orgs/{orgId}` and `/api/v1/orgs/{id}` are the same route over HTTP. */
const routeKey = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
const paramKey = (p: ParameterObject) => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
const successStatuses = (op: LocatedOperation) => Object.keys(op.operation.responses).filter((status) => /^2\d\d$/.test(status));
const jsonSchema = (content: Record<string, { schema?: unknown }> | undefined) => content?.['application/json']?.schema as never;

export function majorOf(version: string): number {
  const match = /^v?(\d+)/.exec(version.trim());
  return match?.[1] ? Number(match[1]) : 0;
}

function compareOperation(before: LocatedOperation, after: LocatedOperation, comparer: SchemaComparer, schemaBreaks: SchemaBreak[]): BreakingChange[] {
  const changes: Omit<BreakingChange, 'operation'>[] = [];
  comparer.nextOperation();
  const { operation: b } = before;
  const { operation: a } = after;
  if (b.operationId && a.operationId !== b.operationId) {
    changes.push({ kind: 'operation-id-changed', at: 'operationId', detail: `${b.operationId} → ${a.operationId ?? 'none'} (the SDK method is renamed)` });
  }
  const paramsBefore = new Map((b.parameters ?? []).map((p) => [paramKey(p), p]));
  const paramsAfter = new Map((a.parameters ?? []).map((p) => [paramKey(p), p]));
  for (const [key, param] of paramsBefore) {
    const next = paramsAfter.get(key);
    if (!next) changes.push({ kind: 'parameter-removed', at: key, detail: 'parameter removed' });
    else {
      if (!param.required && next.required) changes.push({ kind: 'parameter-became-required', at: key, detail: 'optional → required' });
      comparer.compare(param.schema, next.schema, 'request', key);
    }
  }
  for (const [key, param] of paramsAfter) {
    if (!paramsBefore.has(key) && param.required) changes.push({ kind: 'required-parameter-added', at: key, detail: 'new required parameter' });
  }
  if (!b.requestBody?.required && a.requestBody?.required) changes.push({ kind: 'request-body-became-required', at: 'body', detail: 'a body is now required' });
  if (b.requestBody && a.requestBody) comparer.compare(jsonSchema(b.requestBody.content), jsonSchema(a.requestBody.content), 'request', 'body');
  for (const status of successStatuses(before)) {
    const next = a.responses[status];
    if (!next) {
      changes.push({ kind: 'success-status-changed', at: status, detail: `${status} → ${successStatuses(after).join(', ') || 'none'}` });
      continue;
    }
    comparer.compare(jsonSchema(b.responses[status]?.content), jsonSchema(next.content), 'response', status);
  }
  changes.push(...schemaBreaks.splice(0));
  const name = `${before.method.toUpperCase()} ${before.path}${b.operationId ? ` (${b.operationId})` : ''}`;
  return changes.map((change) => ({ operation: name, ...change }));
}

/** What a client of `published` could see break if the server moved to `next`. New operations and fields are fine. */
export function findBreakingChanges(published: OpenApiDocument, next: OpenApiDocument): BreakingChange[] {
  const nextByRoute = new Map(operationsOf(next).map((op) => [routeKey(op), op]));
  const schemaBreaks: SchemaBreak[] = [];
  const comparer = new SchemaComparer(published, next, schemaBreaks);
  const changes: BreakingChange[] = [];
  for (const before of operationsOf(published)) {
    const after = nextByRoute.get(routeKey(before));
    if (!after) {
      const name = `${before.method.toUpperCase()} ${before.path}${before.operation.operationId ? ` (${before.operation.operationId})` : ''}`;
      changes.push({ operation: name, kind: 'operation-removed', at: '', detail: 'operation removed' });
      continue;
    }
    changes.push(...compareOperation(before, after, comparer, schemaBreaks));
  }
  return changes;
}

export function describeBreakingChange(change: BreakingChange): string {
  return `${change.operation}: ${change.kind}${change.at ? ` at ${change.at}` : ''} — ${change.detail}`;
}
