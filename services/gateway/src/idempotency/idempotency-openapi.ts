import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency.settings';

/** Declares the optional `Idempotency-Key` header on every POST operation except /auth/* (the interceptor's rule). */
export function withIdempotencyKeyHeader(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    const post = item.post;
    if (!post || path.startsWith('/api/v1/auth/')) continue;
    const parameters = post.parameters ?? [];
    if (parameters.some((p) => 'name' in p && p.name.toLowerCase() === 'idempotency-key')) continue;
    post.parameters = [
      ...parameters,
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Makes a retry safe: the same key with the same request within 24 h replays the first answer (status, Location, ETag, body; ' +
          '`Idempotent-Replayed: true`); with another request → 422 IDEMPOTENCY.KEY_REUSED; while the first still runs → 409 ' +
          'IDEMPOTENCY.IN_PROGRESS. Keys are per user or API client. A 5xx is not kept.',
        schema: { type: 'string', minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN.source },
        example: '0b9f6c1e-6f7a-4f9e-9a43-2f4c1a7d3e55',
      },
    ];
  }
  return document;
}
