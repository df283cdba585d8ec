import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { DATA_SOURCE, decodeCursor, isKey, keysetPage, requestContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AuditEventDto, AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';

interface AuditEventRow {
  id: string;
  occurred_at: string;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_org_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_owner_org_id: string | null;
  outcome: string;
  http_method: string | null;
  http_route: string | null;
  status_code: number | null;
  client_address: string | null;
  user_agent: string | null;
  correlation_id: string | null;
  details: Record<string, unknown>;
}

/** Events whose actor's org or target's owner org lies in the subtree of the org in `$n` (the gateway's org replica). */
const inSubtree = (n: number) => `EXISTS (
  SELECT 1 FROM org_replica o, org_replica s
  WHERE s.id = $${n} AND o.path >= s.path AND o.path < s.path || '~' AND o.id IN (e.actor_org_id, e.target_owner_org_id))`;

/** Reads of the audit log: filters, scope, keyset pages by (occurred_at desc, id desc). */
@Injectable()
export class AuditEventsQuery {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(query: ListAuditEventsQueryDto, scopeOrgId: string | null): Promise<AuditEventPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.from) add((n) => `e.occurred_at >= $${n}::timestamptz`, query.from);
    if (query.to) add((n) => `e.occurred_at < $${n}::timestamptz`, query.to);
    if (query.actorId) add((n) => `e.actor_id = $${n}`, query.actorId);
    if (query.action) add((n) => `e.action LIKE $${n}`, `${query.action.replace(/[\\%_]/g, '\\$&')}%`);
    if (query.targetType) add((n) => `e.target_type = $${n}`, query.targetType);
    if (query.targetId) add((n) => `e.target_id = $${n}`, query.targetId);
    if (query.outcome) add((n) => `e.outcome = $${n}`, query.outcome);
    if (query.orgId) add(inSubtree, query.orgId);
    if (scopeOrgId) add(inSubtree, scopeOrgId);
    const after = decodeCursor(query.cursor, 2, requestContext.current()?.language, isKey(isInstant, 'id'));
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(e.occurred_at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<AuditEventRow[]>(
      `SELECT e.*, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at
       FROM audit_event e
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, limit, toDto, (row) => [row.occurred_at, row.id]);
  }
}

/** The first place of an audit cursor: the row's `occurred_at` as issued (ISO 8601, microseconds, UTC). */
const isInstant = (value: string | number): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));

function toDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name, orgId: row.actor_org_id },
    action: row.action,
    target: { type: row.target_type, id: row.target_id, ownerOrgId: row.target_owner_org_id },
    outcome: row.outcome,
    httpMethod: row.http_method,
    httpRoute: row.http_route,
    statusCode: row.status_code,
    clientAddress: row.client_address,
    userAgent: row.user_agent,
    correlationId: row.correlation_id,
    details: row.details,
  };
}
