import type { CalendarOverrideDto, PutCalendarOverrideRequest } from '@lienthong/contracts';
import { DATA_SOURCE, type HandlerContext } from '@lienthong/platform';
import { CalendarDataError } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CalendarOverrideRepository } from '../calendar-override.repository';
import { CalendarProvider } from '../calendar-provider';
import { calendarField, calendarRefused, notCovered, overrideVersionMismatch, overrideVersionRequired } from '../calendar.errors';
import { effectiveCalendar, isCovered } from '../effective-calendar';

/**
 * Creates the date's override, or replaces it at the version last read (If-Match). Every deadline
 * computed afterwards uses it: this replica's calendar is rebuilt at once, the others' within a minute.
 */
@Injectable()
export class PutCalendarOverrideUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CalendarOverrideRepository) private readonly rows: CalendarOverrideRepository,
    @Inject(CalendarProvider) private readonly calendars: CalendarProvider,
  ) {}

  async execute(request: PutCalendarOverrideRequest, context: HandlerContext): Promise<CalendarOverrideDto> {
    const lang = context.language;
    if (!isCovered(request.date)) throw calendarRefused(lang, [notCovered(lang, 'date')]);
    const input = { date: request.date, kind: request.kind, nameVi: request.nameVi, source: request.source };
    const saved = await this.dataSource.transaction(async (m) => {
      const others = (await this.rows.list(m)).filter((o) => o.date !== input.date);
      assertConsistent(lang, [...others, { ...input, version: 1 } as CalendarOverrideDto]);
      if (request.expectedVersion === undefined) {
        const created = await this.rows.insert(m, input, context.auth.actor);
        if (!created) throw overrideVersionRequired(lang);
        return created;
      }
      const replaced = await this.rows.replace(m, input, request.expectedVersion, context.auth.actor);
      if (!replaced) throw overrideVersionMismatch(lang);
      return replaced;
    });
    await this.calendars.refresh();
    return saved;
  }
}

/** The merged data must still make a calendar (libs/rules validates it); say why at the field if not. */
function assertConsistent(lang: HandlerContext['language'], overrides: CalendarOverrideDto[]): void {
  try {
    effectiveCalendar(overrides);
  } catch (error) {
    if (!(error instanceof CalendarDataError)) throw error;
    throw calendarRefused(lang, [calendarField(lang, 'kind', 'inconsistent', `lịch không hợp lệ với ngày điều chỉnh này (${error.message})`, `the calendar would be inconsistent (${error.message})`)]);
  }
}
