import { scaledMs } from '@lienthong/testing';
import type { E2eSystem } from './e2e-system';

export interface AuditEntry extends Record<string, unknown> {
  action: string;
  outcome: string;
  statusCode: number;
  target?: { id: string; type?: string; ownerOrgId?: string } | null;
  details?: Record<string, unknown>;
}

/**
 * The audit entries of `action` whose target is `targetId` (through GET /audit-events as `auth`),
 * once `done` holds for them — by default, once there is one. The audit log is written after the
 * answer, so a test reads it with a wait; the ceiling (10 s, scaled) only turns a miss into a
 * failed expectation on what was found.
 */
export async function auditEntries(
  e2e: E2eSystem,
  auth: Record<string, string>,
  action: string,
  targetId: string,
  done: (found: AuditEntry[]) => boolean = (found) => found.length > 0,
): Promise<AuditEntry[]> {
  const deadline = Date.now() + scaledMs(10_000);
  for (;;) {
    const res = await e2e.http().get('/api/v1/audit-events').query({ action, limit: 200 }).set(auth).expect(200);
    const found = (res.body as { items: AuditEntry[] }).items.filter((e) => e.target?.id === targetId);
    if (done(found) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `done` for auditEntries: one entry of each of these HTTP statuses. */
export const withStatuses =
  (...statuses: number[]) =>
  (found: AuditEntry[]): boolean =>
    statuses.every((status) => found.some((e) => e.statusCode === status));
