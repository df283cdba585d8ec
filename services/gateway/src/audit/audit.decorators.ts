import { SetMetadata } from '@nestjs/common';

export const AUDIT_ACTION = 'lienthong:audit-action';
export const AUDIT_READ = 'lienthong:audit-read';
export const AUDIT_SKIP = 'lienthong:audit-skip';
export const AUDIT_TARGET_TYPE = 'lienthong:audit-target-type';

/**
 * Names the audited action of a route (default: `<controller path>.<method name>`, e.g.
 * `orgs.create`, `orgs.move`) and optionally its target type (default: the controller path).
 */
export const AuditAction = (action: string, targetType?: string): MethodDecorator => (target, key, descriptor) => {
  SetMetadata(AUDIT_ACTION, action)(target, key, descriptor);
  if (targetType) SetMetadata(AUDIT_TARGET_TYPE, targetType)(target, key, descriptor);
};

/**
 * A read that must be accounted for (a member's personal record, an export): every successful
 * call is written to the audit log as `action` (e.g. `members.record.read`, `members.export`),
 * with the route's `:id` as the target. Refusals are audited on every route anyway.
 */
export const AuditRead = (action: string, targetType?: string): MethodDecorator => (target, key, descriptor) => {
  SetMetadata(AUDIT_READ, action)(target, key, descriptor);
  if (targetType) SetMetadata(AUDIT_TARGET_TYPE, targetType)(target, key, descriptor);
};

/**
 * The route records its own audit entries through `AuditLog.record` (e.g. login, which knows
 * the user and the lockout reason): the automatic row for it is not written.
 */
export const SkipAutoAudit = (): MethodDecorator => SetMetadata(AUDIT_SKIP, true);
