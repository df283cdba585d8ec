import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = { properties?: Record<string, unknown>; $ref?: string };

/**
 * Adds the optional `externalId` to the request body of every operation marked
 * `x-external-id-resource` (the route's DTO does not declare it: the interceptor takes it).
 */
export function withExternalIdField(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    const post: { 'x-external-id-resource'?: unknown; requestBody?: unknown } | undefined = item.post;
    if (!post?.['x-external-id-resource']) continue;
    const content = (post.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.['application/json'];
    const ref = content?.schema?.$ref;
    const target: Schema | undefined = ref ? (document.components?.schemas?.[ref.split('/').at(-1) ?? '']) : content?.schema;
    if (!target) continue;
    target.properties = {
      ...target.properties,
      externalId: {
        type: 'string',
        minLength: 1,
        maxLength: 255,
        description: 'Your own id for the new record, unique among yours for this kind of record; look it up at …/by-external-id/{externalId}',
        example: 'HRM-ORG-000123',
      },
    };
  }
  return document;
}
