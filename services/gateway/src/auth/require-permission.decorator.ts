import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Permission } from './permissions';

export type { Permission } from './permissions';
export const REQUIRED_PERMISSION = 'lienthong:required-permission';
export const READING_CLIENTS_ADMITTED = 'lienthong:reading-clients-admitted';

/** How a route limits what it shows: `subtree` = only records whose owner org is in the caller's scope. */
export type ScopeRule = 'subtree' | 'self' | 'none';

/**
 * The permission a route needs (checked by the bearer guard → 403) and its scope rule
 * (enforced by the service), both published in the OpenAPI document as
 * `x-permission` / `x-scope` so that security tests can be generated from it.
 */
export function RequirePermission(permission: Permission, scope: ScopeRule = 'subtree'): MethodDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiExtension('x-permission', permission),
    ApiExtension('x-scope', scope),
  );
}

/**
 * A route any signed-in account may call about itself (`/me`, changing its own password):
 * no permission beyond a valid session, scope `self`. Declared, so that the OpenAPI document
 * says so and the route-declarations test can tell it from a route that forgot its permission.
 */
export function RequireSignIn(): MethodDecorator {
  return applyDecorators(ApiExtension('x-permission', 'authenticated'), ApiExtension('x-scope', 'self'));
}

/**
 * National reference data (the working-day calendar): any signed-in user, and an API client holding
 * at least one read permission (`members:read`, `documents:read`…) — subordinate systems count
 * deadlines too. Not scoped. Published as `x-permission: authenticated` and `x-api-clients: read`.
 */
export function RequireSignInOrReadingClient(): MethodDecorator {
  return applyDecorators(
    SetMetadata(READING_CLIENTS_ADMITTED, true),
    ApiExtension('x-permission', 'authenticated'),
    ApiExtension('x-scope', 'none'),
    ApiExtension('x-api-clients', 'read'),
  );
}
