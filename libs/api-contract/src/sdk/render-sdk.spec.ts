import type { OpenApiDocument } from '../openapi-types';
import { renderOperations } from './render-operations';
import { renderSchemas } from './render-schemas';

const doc: OpenApiDocument = {
  openapi: '3.0.0',
  info: { title: 'test', version: '1.0.0' },
  paths: {
    '/api/v1/orgs/{id}': {
      patch: {
        operationId: 'updateOrg',
        summary: 'Rename an org',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateOrg' } } } },
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Org' } } } }, '412': {} },
        security: [{ bearer: [] }],
        'x-permission': 'members:write',
        'x-scope': 'subtree',
      },
    },
    '/api/v1/orgs': {
      post: {
        operationId: 'createOrg',
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateOrg' } } } },
        responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Org' } } } } },
      },
    },
    '/api/v1/auth/logout': { post: { operationId: 'logout', responses: { '204': {} } } },
  },
  components: {
    schemas: {
      UpdateOrg: { type: 'object', properties: { name: { type: 'string', description: "Tên tổ chức, e.g. 'Chi bộ 1'" } } },
      Org: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          kind: { type: 'string', enum: ['chi-bo', 'dang-bo'] },
          parentId: { type: 'string', nullable: true },
          tags: { type: 'array', items: { type: 'string' } },
          details: { type: 'object', additionalProperties: true },
        },
        required: ['id', 'kind', 'parentId'],
      },
    },
  },
};

describe('SDK rendering', () => {
  it('writes one type per schema: required, optional, nullable, enums, arrays, maps', () => {
    const text = renderSchemas(doc);
    expect(text).toContain("export interface UpdateOrg {\n  /** Tên tổ chức, e.g. 'Chi bộ 1' */\n  name?: string;\n}");
    expect(text).toContain(
      "export interface Org {\n  id: string;\n  kind: 'chi-bo' | 'dang-bo';\n  parentId: string | null;\n  tags?: string[];\n  details?: Record<string, unknown>;\n}",
    );
  });

  it('writes an input type, a wire description and a typed method per operation', () => {
    const text = renderOperations(doc);
    expect(text).toContain('export interface UpdateOrgInput {\n  id: string;\n  ifMatch: string | number;\n  body: S.UpdateOrg;\n}');
    expect(text).toContain("headerParams: { ifMatch: 'If-Match' }");
    expect(text).toContain('updateOrg(input: UpdateOrgInput, options?: RequestOptions): Promise<S.Org>;');
    expect(text).toContain('Permission `members:write`, scope `subtree`. Errors: 412.');
    expect(text).toContain('updateOrg: (input, options) => call<S.Org>(OPERATIONS.updateOrg, input, options),');
  });

  it('leaves the Idempotency-Key to the runtime, and gives none to calls under /auth/', () => {
    const text = renderOperations(doc);
    expect(text).toContain('export interface CreateOrgInput {\n  body: S.UpdateOrg;\n}');
    expect(text).toMatch(/createOrg: \{[^}]*idempotencyKey: true,/);
    expect(text).toMatch(/logout: \{[^}]*idempotencyKey: false,/);
    expect(text).toContain("  updateOrg: {\n    operationId: 'updateOrg',\n    method: 'PATCH',\n    path: '/api/v1/orgs/{id}',\n    secured: true,\n    idempotencyKey: false,");
    expect(text).toContain('logout(input?: LogoutInput, options?: RequestOptions): Promise<void>;');
  });

  it('refuses an operation without an operationId (the SDK method needs a name)', () => {
    const nameless: OpenApiDocument = { ...doc, paths: { '/x': { get: { responses: {} } } } };
    expect(() => renderOperations(nameless)).toThrow('GET /x has no operationId');
  });
});
