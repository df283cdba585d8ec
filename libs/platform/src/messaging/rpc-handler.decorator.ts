import type { Subject } from '@lienthong/contracts';
import { SetMetadata } from '@nestjs/common';

export const RPC_HANDLER_METADATA = 'lienthong:rpc-handler';

/**
 * Which records of the actor's a handler may touch: `subtree` = owned by an org within the
 * actor's scope root, `self` = the actor's own record, `none` = reference data, no owner.
 */
export type RpcScope = 'subtree' | 'self' | 'none';

/** The permission `'system'` marks machine-only subjects (snapshots, health): only the system actor (`*`) passes. */
export const SYSTEM_PERMISSION = 'system';

/**
 * Any signed-in user, about itself (scope `self`): a member reading their own record. Mirrors the
 * gateway's `RequireSignIn()` (`x-permission: authenticated`); the handler limits what it shows.
 */
export const SIGNED_IN_PERMISSION = 'authenticated';

/**
 * National reference data (the working-day calendar, scope `none`): any signed-in user, and an API
 * client holding at least one read permission — subordinate systems count deadlines too. Mirrors the
 * gateway's `RequireSignInOrReadingClient()`.
 */
export const SIGNED_IN_OR_READING_CLIENT_PERMISSION = 'authenticated-or-reading-client';

/** A read permission (`members:read`, `documents:read`…): what admits an API client to reference data. */
export function isReadPermission(permission: string): boolean {
  return permission.endsWith(':read');
}

/** What every message handler declares: the permission the caller needs and its scope rule. */
export interface RpcAccessRule {
  /** A named permission such as `members:read`, or `'system'`. */
  permission: string;
  scope: RpcScope;
}

export interface RpcHandlerMetadata {
  subject: Subject;
  requestType: new () => object;
  access: RpcAccessRule;
}

/**
 * Marks a method of a message controller as the handler of one subject. The payload is
 * validated against `requestType` before the method runs, and the caller's verified claims
 * must carry `access.permission` (the rule is required: a handler without one does not compile).
 */
export function RpcHandler(subject: Subject, requestType: new () => object, access: RpcAccessRule): MethodDecorator {
  return SetMetadata<string, RpcHandlerMetadata>(RPC_HANDLER_METADATA, { subject, requestType, access });
}
