import { findBreakingChanges, majorOf, type BreakingChange } from './breaking-changes';
import type { OpenApiDocument } from './openapi-types';

/** A small published contract: list, create and read organisations. */
function published(): OpenApiDocument {
  return {
    openapi: '3.0.0',
    info: { title: 'test', version: '1.2.0' },
    paths: {
      '/orgs': {
        get: {
          operationId: 'listOrgs',
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'number', minimum: 1, maximum: 200 } },
            { name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: ['chi-bo', 'dang-bo'] } },
          ],
          responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrgPage' } } } } },
        },
        post: {
          operationId: 'createOrg',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateOrg' } } } },
          responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Org' } } } } },
        },
      },
      '/orgs/{id}': {
        get: {
          operationId: 'getOrg',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Org' } } } } },
        },
      },
    },
    components: {
      schemas: {
        CreateOrg: {
          type: 'object',
          properties: {
            name: { type: 'string', minLength: 2, maxLength: 255 },
            kind: { type: 'string', enum: ['chi-bo', 'dang-bo'] },
            parentId: { type: 'string', format: 'uuid', nullable: true },
            note: { type: 'string' },
          },
          required: ['name', 'kind', 'parentId'],
        },
        Org: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string' },
            kind: { type: 'string', enum: ['chi-bo', 'dang-bo'] },
            parentId: { type: 'string', format: 'uuid', nullable: true },
            childCount: { type: 'number' },
            tags: { type: 'array', items: { type: 'string' } },
          },
          required: ['id', 'name', 'kind', 'parentId', 'childCount'],
        },
        OrgPage: {
          type: 'object',
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Org' } }, nextCursor: { type: 'string', nullable: true } },
          required: ['items', 'nextCursor'],
        },
      },
    },
  };
}

type Doc = ReturnType<typeof published>;
const schemas = (doc: Doc) => doc.components!.schemas!;
const op = (doc: Doc, path: string, method: string) => doc.paths[path][method];

function changed(edit: (doc: Doc) => void): BreakingChange[] {
  const next = published();
  edit(next);
  return findBreakingChanges(published(), next);
}

const kinds = (changes: BreakingChange[]) => changes.map((c) => `${c.operation.split(' (')[0]} ${c.kind} ${c.at}`.trim());

describe('breaking changes between two versions of the contract', () => {
  it('finds none between a contract and itself', () => {
    expect(findBreakingChanges(published(), published())).toEqual([]);
  });

  it('allows additions: new operations, optional inputs, new response fields, new response enum values, wider limits', () => {
    const changes = changed((doc) => {
      doc.paths['/orgs/{id}']['delete'] = { operationId: 'closeOrg', responses: { '204': {} } };
      op(doc, '/orgs', 'get').parameters!.push({ name: 'q', in: 'query', required: false, schema: { type: 'string' } });
      schemas(doc).CreateOrg.properties!['shortName'] = { type: 'string' };
      schemas(doc).Org.properties!['shortName'] = { type: 'string' };
      schemas(doc).Org.required!.push('shortName');
      schemas(doc).Org.properties!['kind'].enum!.push('dang-bo-co-so');
      schemas(doc).CreateOrg.properties!['kind'].enum!.push('dang-bo-co-so');
      schemas(doc).CreateOrg.properties!['name'].maxLength = 500;
      schemas(doc).CreateOrg.required = ['name', 'kind'];
      op(doc, '/orgs', 'get').parameters![0].schema!.maximum = 500;
    });
    expect(changes).toEqual([]);
  });

  it('reports a removed operation', () => {
    expect(kinds(changed((doc) => delete doc.paths['/orgs/{id}']))).toEqual(['GET /orgs/{id} operation-removed']);
  });

  it('reports a renamed operationId (the SDK method would disappear)', () => {
    expect(kinds(changed((doc) => (op(doc, '/orgs/{id}', 'get').operationId = 'readOrg')))).toEqual(['GET /orgs/{id} operation-id-changed operationId']);
  });

  it('reports a removed response field, also through $ref and arrays', () => {
    expect(kinds(changed((doc) => delete schemas(doc).Org.properties!['childCount']))).toEqual([
      'GET /orgs field-removed 200.items[].childCount',
      'POST /orgs field-removed 201.childCount',
      'GET /orgs/{id} field-removed 200.childCount',
    ]);
  });

  it('reports a response field that may now be absent or null', () => {
    const optional = changed((doc) => (schemas(doc).Org.required = ['id', 'name', 'kind', 'parentId']));
    expect(kinds(optional)).toContain('GET /orgs/{id} field-became-optional 200.childCount');
    const nullable = changed((doc) => (schemas(doc).Org.properties!['name'].nullable = true));
    expect(kinds(nullable)).toContain('GET /orgs/{id} nullable-added 200.name');
  });

  it('reports a changed type on either side', () => {
    expect(kinds(changed((doc) => (schemas(doc).Org.properties!['childCount'] = { type: 'string' })))).toContain(
      'GET /orgs/{id} type-changed 200.childCount',
    );
    expect(kinds(changed((doc) => (op(doc, '/orgs', 'get').parameters![0].schema = { type: 'string' })))).toEqual([
      'GET /orgs type-changed query:limit',
    ]);
  });

  it('reports a narrowed input: removed enum value, tighter limits, a new pattern, null refused', () => {
    expect(kinds(changed((doc) => (schemas(doc).CreateOrg.properties!['kind'].enum = ['chi-bo'])))).toEqual([
      'POST /orgs enum-value-removed body.kind',
    ]);
    expect(kinds(changed((doc) => (op(doc, '/orgs', 'get').parameters![1].schema!.enum = ['chi-bo'])))).toEqual([
      'GET /orgs enum-value-removed query:kind',
    ]);
    const tighter = changed((doc) => {
      schemas(doc).CreateOrg.properties!['name'].maxLength = 100;
      schemas(doc).CreateOrg.properties!['note'].pattern = '^[a-z]+$';
      schemas(doc).CreateOrg.properties!['parentId'].nullable = false;
    });
    expect(kinds(tighter)).toEqual([
      'POST /orgs constraint-narrowed body.name',
      'POST /orgs nullable-removed body.parentId',
      'POST /orgs constraint-narrowed body.note',
    ]);
  });

  it('reports new required input: a field, a parameter, an optional one made required, a body made required', () => {
    const changes = changed((doc) => {
      schemas(doc).CreateOrg.properties!['validFrom'] = { type: 'string', format: 'date' };
      schemas(doc).CreateOrg.required!.push('validFrom', 'note');
      op(doc, '/orgs', 'get').parameters!.push({ name: 'parentId', in: 'query', required: true, schema: { type: 'string' } });
      op(doc, '/orgs', 'get').parameters![0].required = true;
      op(doc, '/orgs/{id}', 'get').parameters!.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
    });
    expect(kinds(changes)).toEqual([
      'GET /orgs parameter-became-required query:limit',
      'GET /orgs required-parameter-added query:parentId',
      'POST /orgs field-became-required body.note',
      'POST /orgs required-field-added body.validFrom',
      'GET /orgs/{id} required-parameter-added header:if-match',
    ]);
    const body = changed((doc) => {
      op(doc, '/orgs/{id}', 'get').requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } };
    });
    expect(kinds(body)).toEqual(['GET /orgs/{id} request-body-became-required body']);
  });

  it('reports a removed parameter and removed input field (the server refuses unknown input)', () => {
    const changes = changed((doc) => {
      op(doc, '/orgs', 'get').parameters!.splice(1, 1);
      delete schemas(doc).CreateOrg.properties!['note'];
    });
    expect(kinds(changes)).toEqual(['GET /orgs parameter-removed query:kind', 'POST /orgs field-removed body.note']);
  });

  it('reports a changed success status', () => {
    const changes = changed((doc) => {
      const created = op(doc, '/orgs', 'post').responses;
      created['200'] = created['201']!;
      delete created['201'];
    });
    expect(kinds(changes)).toEqual(['POST /orgs success-status-changed 201']);
  });

  it('reads the major version from semver-like strings', () => {
    expect([majorOf('1.2.0'), majorOf('2'), majorOf('v3.0.1'), majorOf('beta')]).toEqual([1, 2, 3, 0]);
  });
});
