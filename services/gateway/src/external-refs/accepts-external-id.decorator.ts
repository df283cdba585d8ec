import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const EXTERNAL_ID_RESOURCE = 'lienthong:external-id-resource';

/**
 * A create route whose body may carry the caller's own `externalId` (unique per caller and
 * resource type): the external-ref interceptor takes it out of the body before validation,
 * reserves it, and maps it to the new record's `id` once the create succeeds. Published as
 * `x-external-id-resource`; the OpenAPI builder adds the field to the request body.
 */
export function AcceptsExternalId(resourceType: string): MethodDecorator {
  return applyDecorators(SetMetadata(EXTERNAL_ID_RESOURCE, resourceType), ApiExtension('x-external-id-resource', resourceType));
}
