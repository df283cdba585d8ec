/** How an audited action ended. */
export type AuditOutcome = 'success' | 'denied' | 'failed';

/** Who acted: a signed-in user, an API client, a background job, or nobody known yet (login, bad token). */
export type AuditActorType = 'user' | 'api-client' | 'system' | 'anonymous';

export interface AuditActor {
  type: AuditActorType;
  id?: string | null;
  name?: string | null;
  /** The actor's home org (or, until users carry one, the root of its scope). */
  orgId?: string | null;
}

export interface AuditTarget {
  type: string;
  id?: string | null;
  /** The org that owns the target: what scoped readers of the log are filtered on. */
  ownerOrgId?: string | null;
}

export interface AuditHttp {
  method?: string | null;
  route?: string | null;
  statusCode?: number | null;
  clientAddress?: string | null;
  userAgent?: string | null;
}

/**
 * One entry for `AuditLog.record`. `details` is sanitized before it is stored (keys naming
 * passwords, tokens, secrets or authorization are removed at any depth), but pass only what
 * an auditor needs: never a whole member record.
 */
export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  actor: AuditActor;
  target?: AuditTarget | null;
  http?: AuditHttp | null;
  correlationId?: string | null;
  details?: Record<string, unknown>;
  /** Defaults to now; ids are uuid v7 made by the log. */
  occurredAt?: Date;
}

/** A row as written: what the batch writer inserts. */
export interface AuditRow {
  id: string;
  occurredAt: Date;
  entry: AuditEntry;
  details: Record<string, unknown>;
}
