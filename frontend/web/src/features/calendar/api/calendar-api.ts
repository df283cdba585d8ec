// The working-day calendar (GET /api/v1/calendar/days, /api/v1/calendar/overrides) through the app's HTTP
// client with the interfaces below, until the SDK is regenerated with these routes (then: listCalendarDays,
// listCalendarOverrides, putCalendarOverride, deleteCalendarOverride).
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';

export type OverrideKind = 'holiday' | 'day-off' | 'working-day' | 'default';
export const OVERRIDE_KINDS: readonly OverrideKind[] = ['holiday', 'day-off', 'working-day', 'default'];

export interface CalendarDay {
  date: string;
  working: boolean;
  reason: 'weekday' | 'weekend' | 'holiday' | 'extra-day-off' | 'swapped-working-day';
  name: string | null;
  origin: 'base' | 'override' | null;
  source: { document: string; article: string | null; note: string | null } | null;
  provisional: boolean;
}

export interface CalendarDays {
  from: string;
  to: string;
  coverage: { firstDay: string; lastDay: string };
  days: CalendarDay[];
}

export interface CalendarOverride {
  date: string;
  kind: OverrideKind;
  nameVi: string;
  source: string;
  createdBy: { type: string; id: string; name: string };
  createdAt: string;
  updatedBy: { type: string; id: string; name: string };
  updatedAt: string;
  version: number;
}

export interface OverrideInput {
  kind: OverrideKind;
  nameVi: string;
  source: string;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as T;
}

export async function listCalendarDays(api: Api, from: string, to: string, signal?: AbortSignal): Promise<CalendarDays> {
  const query = new URLSearchParams({ from, to });
  return json<CalendarDays>(await api.http.authorizedFetch(`/api/v1/calendar/days?${query.toString()}`, { method: 'GET', signal }));
}

export async function listCalendarOverrides(api: Api, signal?: AbortSignal): Promise<CalendarOverride[]> {
  return json<CalendarOverride[]>(await api.http.authorizedFetch('/api/v1/calendar/overrides', { method: 'GET', signal }));
}

/** Creates the date's override, or replaces it when `version` (the one last read) is given (If-Match). */
export async function putCalendarOverride(api: Api, date: string, input: OverrideInput, version?: number): Promise<CalendarOverride> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  return json<CalendarOverride>(await api.http.authorizedFetch(`/api/v1/calendar/overrides/${encodeURIComponent(date)}`, { method: 'PUT', headers, body: JSON.stringify(input) }));
}

export async function deleteCalendarOverride(api: Api, date: string, version: number): Promise<void> {
  const response = await api.http.authorizedFetch(`/api/v1/calendar/overrides/${encodeURIComponent(date)}`, { method: 'DELETE', headers: { 'If-Match': `"${version}"` } });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
}

/** The days the year's list shows: every day not worked on a weekday, every weekend day worked, every override. */
export function notableDays(days: readonly CalendarDay[]): CalendarDay[] {
  return days.filter((d) => d.origin !== null || d.name !== null);
}
