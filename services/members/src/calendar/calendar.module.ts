import { Global, Module } from '@nestjs/common';
import { CalendarOverrideRepository } from './calendar-override.repository';
import { CalendarProvider } from './calendar-provider';
import { CalendarController } from './calendar.controller';
import { DeleteCalendarOverrideUseCase } from './use-cases/delete-calendar-override.use-case';
import { ListCalendarDaysUseCase } from './use-cases/list-calendar-days.use-case';
import { ListCalendarOverridesUseCase } from './use-cases/list-calendar-overrides.use-case';
import { PutCalendarOverrideUseCase } from './use-cases/put-calendar-override.use-case';

/**
 * The working-day calendar in force (issue 9 §1): CalendarProvider for every feature that computes a
 * deadline (global), and the messages that show the days and edit the overrides.
 */
@Global()
@Module({
  controllers: [CalendarController],
  providers: [CalendarOverrideRepository, CalendarProvider, ListCalendarDaysUseCase, ListCalendarOverridesUseCase, PutCalendarOverrideUseCase, DeleteCalendarOverrideUseCase],
  exports: [CalendarProvider],
})
export class CalendarModule {}
