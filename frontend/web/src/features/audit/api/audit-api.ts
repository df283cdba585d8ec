// The audit log (GET /api/v1/audit-events) through the generated SDK: newest first, keyset pages,
// limited by the gateway to events whose actor's or target's organisation is in the caller's scope.
import type { AuditEventDto, AuditEventPageDto, ListAuditEventsInput } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type AuditEvent = AuditEventDto;
export type AuditEventPage = AuditEventPageDto;
export type AuditQuery = Omit<ListAuditEventsInput, 'cursor' | 'limit'>;
export type AuditOutcome = AuditEvent['outcome'];

export const AUDIT_PAGE = 50;

export function listAuditEvents(api: Api, query: AuditQuery, cursor?: string, signal?: AbortSignal): Promise<AuditEventPage> {
  return api.call((sdk) => sdk.listAuditEvents({ ...query, limit: AUDIT_PAGE, cursor }, { signal }));
}
