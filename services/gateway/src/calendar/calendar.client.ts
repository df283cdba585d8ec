import {
  SUBJECTS,
  type CalendarDaysDto,
  type CalendarOverrideDto,
  type DeleteCalendarOverrideRequest,
  type ListCalendarDaysRequest,
  type PutCalendarOverrideRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's working-day calendar messages. Errors arrive as DomainError. */
export class CalendarClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  days(request: ListCalendarDaysRequest, context: CallContext): Promise<CalendarDaysDto> {
    return this.call(SUBJECTS.members.calendarDays, request, context);
  }

  overrides(context: CallContext): Promise<CalendarOverrideDto[]> {
    return this.call(SUBJECTS.members.calendarOverrideList, {}, context);
  }

  put(request: PutCalendarOverrideRequest, context: CallContext): Promise<CalendarOverrideDto> {
    return this.call(SUBJECTS.members.calendarOverridePut, request, context);
  }

  delete(request: DeleteCalendarOverrideRequest, context: CallContext): Promise<{ deleted: true }> {
    return this.call(SUBJECTS.members.calendarOverrideDelete, request, context);
  }
}
