import type { CalendarOverrideDto } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CalendarOverrideRepository } from '../calendar-override.repository';

/** Every override, by date (a few dozen a year: no paging). */
@Injectable()
export class ListCalendarOverridesUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CalendarOverrideRepository) private readonly rows: CalendarOverrideRepository,
  ) {}

  execute(): Promise<CalendarOverrideDto[]> {
    return this.rows.list(this.dataSource.manager);
  }
}
