import {
  DeleteCalendarOverrideRequest,
  ListCalendarDaysRequest,
  ListCalendarOverridesRequest,
  PutCalendarOverrideRequest,
  SUBJECTS,
  type CalendarDaysDto,
  type CalendarOverrideDto,
} from '@lienthong/contracts';
import { RpcHandler, SIGNED_IN_OR_READING_CLIENT_PERMISSION, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { DeleteCalendarOverrideUseCase } from './use-cases/delete-calendar-override.use-case';
import { ListCalendarDaysUseCase } from './use-cases/list-calendar-days.use-case';
import { ListCalendarOverridesUseCase } from './use-cases/list-calendar-overrides.use-case';
import { PutCalendarOverrideUseCase } from './use-cases/put-calendar-override.use-case';

/** Administers the national working-day calendar (reference data: scope none). */
export const CALENDAR_ADMIN_PERMISSION = 'admin:calendar';

/** The working-day calendar's messages: the days of a span (anyone signed in), the overrides (administrators). */
@Controller()
export class CalendarController {
  constructor(
    @Inject(ListCalendarDaysUseCase) private readonly days: ListCalendarDaysUseCase,
    @Inject(ListCalendarOverridesUseCase) private readonly list: ListCalendarOverridesUseCase,
    @Inject(PutCalendarOverrideUseCase) private readonly put: PutCalendarOverrideUseCase,
    @Inject(DeleteCalendarOverrideUseCase) private readonly remove: DeleteCalendarOverrideUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.calendarDays, ListCalendarDaysRequest, { permission: SIGNED_IN_OR_READING_CLIENT_PERMISSION, scope: 'none' })
  calendarDays(request: ListCalendarDaysRequest, context: HandlerContext): Promise<CalendarDaysDto> {
    return this.days.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.calendarOverrideList, ListCalendarOverridesRequest, { permission: CALENDAR_ADMIN_PERMISSION, scope: 'none' })
  overrides(): Promise<CalendarOverrideDto[]> {
    return this.list.execute();
  }

  @RpcHandler(SUBJECTS.members.calendarOverridePut, PutCalendarOverrideRequest, { permission: CALENDAR_ADMIN_PERMISSION, scope: 'none' })
  putOverride(request: PutCalendarOverrideRequest, context: HandlerContext): Promise<CalendarOverrideDto> {
    return this.put.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.calendarOverrideDelete, DeleteCalendarOverrideRequest, { permission: CALENDAR_ADMIN_PERMISSION, scope: 'none' })
  async deleteOverride(request: DeleteCalendarOverrideRequest, context: HandlerContext): Promise<{ deleted: true }> {
    await this.remove.execute(request, context);
    return { deleted: true };
  }
}
