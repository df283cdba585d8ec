// The working-day calendar (GET /api/v1/calendar/days, /api/v1/calendar/overrides) through the generated SDK.
import type { CalendarDayResponseDto, CalendarDaysResponseDto, CalendarOverrideResponseDto, PutCalendarOverrideDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type OverrideKind = CalendarOverrideResponseDto['kind'];
export const OVERRIDE_KINDS: readonly OverrideKind[] = ['holiday', 'day-off', 'working-day', 'default'];

export type CalendarDay = CalendarDayResponseDto;
export type CalendarDays = CalendarDaysResponseDto;
export type CalendarOverride = CalendarOverrideResponseDto;
export type OverrideInput = PutCalendarOverrideDto;

export function listCalendarDays(api: Api, from: string, to: string, signal?: AbortSignal): Promise<CalendarDays> {
  return api.call((sdk) => sdk.listCalendarDays({ from, to }, { signal }));
}

export function listCalendarOverrides(api: Api, signal?: AbortSignal): Promise<CalendarOverride[]> {
  return api.call((sdk) => sdk.listCalendarOverrides({}, { signal }));
}

/** Creates the date's override, or replaces it when `version` (the one last read) is given (If-Match). */
export function putCalendarOverride(api: Api, date: string, input: OverrideInput, version?: number): Promise<CalendarOverride> {
  return api.call((sdk) => sdk.putCalendarOverride({ date, ifMatch: version, body: input }));
}

export function deleteCalendarOverride(api: Api, date: string, version: number): Promise<void> {
  return api.call((sdk) => sdk.deleteCalendarOverride({ date, ifMatch: version }));
}

/** The days the year's list shows: every day not worked on a weekday, every weekend day worked, every override. */
export function notableDays(days: readonly CalendarDay[]): CalendarDay[] {
  return days.filter((d) => d.origin !== null || d.name !== null);
}
