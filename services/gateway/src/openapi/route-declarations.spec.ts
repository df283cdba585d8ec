import { generateOpenApiDocument } from './openapi-document';

/**
 * Every operation of the public API declares who may call it: a permission and a scope rule
 * (`x-permission`, `x-scope`), or it is public (no `security`). A new route without either
 * fails here, before it can ship unguarded or undocumented.
 */
describe('OpenAPI route declarations', () => {
  it('gives every secured operation an x-permission and an x-scope', async () => {
    const doc = await generateOpenApiDocument();
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const isPublic = operation['security'] === undefined;
        if (isPublic) continue;
        if (typeof operation['x-permission'] !== 'string' || typeof operation['x-scope'] !== 'string') missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
