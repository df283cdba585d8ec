import { MAX_CALENDAR_SPAN_DAYS, type CalendarDayDto, type CalendarDaysDto, type CalendarOverrideDto, type ListCalendarDaysRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { addDays, daysBetween, type WorkingDayCalendar } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarProvider } from '../calendar-provider';
import { calendarField, calendarInvalid, calendarRefused, notCovered } from '../calendar.errors';
import { isCovered } from '../effective-calendar';

/** Each day of a span (≤ 366 days) as deadlines count it, and whether the base data or an override says so. */
@Injectable()
export class ListCalendarDaysUseCase {
  constructor(@Inject(CalendarProvider) private readonly calendars: CalendarProvider) {}

  async execute(request: ListCalendarDaysRequest, context: HandlerContext): Promise<CalendarDaysDto> {
    const lang = context.language;
    const { from, to } = request;
    if (to < from) throw calendarInvalid(lang, [calendarField(lang, 'to', 'beforeFrom', 'không được trước ngày bắt đầu (from)', 'must not be before from')]);
    if (daysBetween(from, to) + 1 > MAX_CALENDAR_SPAN_DAYS) {
      throw calendarInvalid(lang, [calendarField(lang, 'to', 'spanTooLong', `tối đa ${MAX_CALENDAR_SPAN_DAYS} ngày mỗi lần xem`, `at most ${MAX_CALENDAR_SPAN_DAYS} days at a time`)]);
    }
    const outside = (['from', 'to'] as const).filter((field) => !isCovered(request[field]));
    if (outside.length > 0) throw calendarRefused(lang, outside.map((field) => notCovered(lang, field)));
    // Read afresh: the screen shows what the database says now, whichever replica changed it.
    const calendar = await this.calendars.refresh();
    const overrides = new Map(this.calendars.currentOverrides().map((o) => [o.date, o]));
    const days: CalendarDayDto[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) days.push(dayOf(calendar, date, overrides.get(date)));
    return { from, to, coverage: { ...calendar.coverage }, days };
  }
}

function dayOf(calendar: WorkingDayCalendar, date: string, override: CalendarOverrideDto | undefined): CalendarDayDto {
  const status = calendar.statusOf(date);
  if (override) {
    return { date, working: status.working, reason: status.reason, name: override.nameVi, origin: 'override', source: { document: override.source, article: null, note: null }, provisional: false };
  }
  const day = status.day;
  return {
    date,
    working: status.working,
    reason: status.reason,
    name: day?.name ?? null,
    origin: day ? 'base' : null,
    source: day ? { document: day.source.document, article: day.source.article ?? null, note: day.source.note ?? null } : null,
    provisional: day?.provisional === true,
  };
}
