// The audit filter form → the API's query. Days are Viet Nam's days: "from 01/11/2026 to 03/11/2026"
// is [01/11 00:00, 04/11 00:00) in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever the
// browser's own zone.
import type { AuditOutcome, AuditQuery } from '../api/audit-api';

export interface AuditFilterValues {
  /** Party dates `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
  actorId?: string;
  /** An action or an action prefix ending in a dot (`orgs.`: every org action). */
  action?: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
}

const VIETNAM_OFFSET = '+07:00';
const PARTY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a Vietnamese day starts, e.g. `2026-11-01T00:00:00+07:00`. */
export function startOfVietnamDay(date: string): string {
  if (!PARTY_DATE.test(date)) throw new Error(`not a party date: ${date}`);
  return `${date}T00:00:00${VIETNAM_OFFSET}`;
}

/** The day after a party date (calendar arithmetic in UTC, where no day is skipped). */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Only the filters that are set, trimmed; `to` becomes the exclusive start of the next day. */
export function auditQueryOf(values: AuditFilterValues): AuditQuery {
  const query: AuditQuery = {};
  if (values.from) query.from = startOfVietnamDay(values.from);
  if (values.to) query.to = startOfVietnamDay(nextDay(values.to));
  const actorId = values.actorId?.trim();
  if (actorId) query.actorId = actorId;
  const action = values.action?.trim();
  if (action) query.action = action;
  if (values.outcome) query.outcome = values.outcome;
  const targetType = values.targetType?.trim();
  if (targetType) query.targetType = targetType;
  const targetId = values.targetId?.trim();
  if (targetId) query.targetId = targetId;
  return query;
}

/** A period whose end is before its start: the form says so before asking the server. */
export function periodIsReversed(from: string | undefined, to: string | undefined): boolean {
  return Boolean(from && to && to < from);
}
