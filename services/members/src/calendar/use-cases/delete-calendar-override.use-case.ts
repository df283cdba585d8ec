import type { DeleteCalendarOverrideRequest } from '@lienthong/contracts';
import { DATA_SOURCE, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CalendarOverrideRepository } from '../calendar-override.repository';
import { CalendarProvider } from '../calendar-provider';
import { overrideNotFound, overrideVersionMismatch } from '../calendar.errors';

/** Removes the date's override (If-Match): the base data applies to that date again. */
@Injectable()
export class DeleteCalendarOverrideUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CalendarOverrideRepository) private readonly rows: CalendarOverrideRepository,
    @Inject(CalendarProvider) private readonly calendars: CalendarProvider,
  ) {}

  async execute(request: DeleteCalendarOverrideRequest, context: HandlerContext): Promise<void> {
    const lang = context.language;
    await this.dataSource.transaction(async (m) => {
      if (await this.rows.delete(m, request.date, request.expectedVersion)) return;
      throw (await this.rows.find(m, request.date)) ? overrideVersionMismatch(lang) : overrideNotFound(lang);
    });
    await this.calendars.refresh();
  }
}
