import type { CalendarOverrideDto } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditAction } from '../audit/audit.decorators';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission, RequireSignInOrReadingClient } from '../auth/require-permission.decorator';
import { etagOf, expectedVersionOf, IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { PartyDateParamPipe } from '../common/validation/party-date-param.pipe';
import { CalendarClient } from './calendar.client';
import { CalendarDaysQueryDto, PutCalendarOverrideDto } from './dto/calendar-input.dto';
import { CalendarDaysResponseDto, CalendarOverrideResponseDto } from './dto/calendar.dto';

const OVERRIDE_DATE = 'date';

/**
 * The working-day calendar deadlines are counted on (issue 9 §1): the national base data with the
 * overrides an administrator keeps as data (next year's Tết, a newly announced swap). National
 * reference data: not scoped; changing it needs `admin:calendar`.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CalendarClient) private readonly calendar: CalendarClient) {}

  @Get('days')
  @RequireSignInOrReadingClient()
  @ApiOperation({
    summary: 'Each day of a span (at most 366 days): worked or not, why, the holiday\'s name, and whether the base data or an override says so, with its source',
    description:
      'National reference data, not scoped: any signed-in user, and any API client (client-credentials token) holding at least one read permission (`members:read`, `documents:read`…), so that a subordinate system counts working days as the deadlines here do. A client without a read permission gets 403.',
    operationId: 'listCalendarDays',
  })
  @ApiOkResponse({ type: CalendarDaysResponseDto })
  @ApiErrorResponses(400, 401, 403, 422, 'COMMON.RULE_VIOLATION')
  days(@Query() query: CalendarDaysQueryDto, @Caller() caller: CallContext): Promise<CalendarDaysResponseDto> {
    return this.calendar.days({ from: query.from, to: query.to }, caller);
  }

  @Get('overrides')
  @RequirePermission('admin:calendar', 'none')
  @ApiOperation({ summary: 'Every override of the base calendar, by date, with its source and who changed it last', operationId: 'listCalendarOverrides' })
  @ApiOkResponse({ type: [CalendarOverrideResponseDto] })
  @ApiErrorResponses(401, 403)
  overrides(@Caller() caller: CallContext): Promise<CalendarOverrideResponseDto[]> {
    return this.calendar.overrides(caller);
  }

  @Put(`overrides/:${OVERRIDE_DATE}`)
  @RequirePermission('admin:calendar', 'none')
  @AuditAction('calendar.override.put', 'calendar-override')
  @ApiOperation({
    summary: 'Create the date\'s override (201), or replace it (200, If-Match required); every deadline computed afterwards counts it',
    operationId: 'putCalendarOverride',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Required when the date has an override already: its ETag (`version`) as last read, e.g. "1"' })
  @ApiCreatedResponse({ type: CalendarOverrideResponseDto, description: 'Created', headers: { Location: { description: 'URL of the override' }, ETag: { description: '"1"' } } })
  @ApiOkResponse({ type: CalendarOverrideResponseDto, description: 'Replaced', headers: { ETag: { description: 'The new version, e.g. "2"' } } })
  @ApiErrorResponses(400, 401, 403, 412, 413, 415, 422, 428, 'COMMON.RULE_VIOLATION', 'COMMON.PRECONDITION_FAILED')
  async put(
    @Param(OVERRIDE_DATE, PartyDateParamPipe) date: string,
    @Body() body: PutCalendarOverrideDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CalendarOverrideResponseDto> {
    auditNotes(req).resultId = date;
    const expectedVersion = ifMatch === undefined ? undefined : expectedVersionOf(ifMatch);
    const saved: CalendarOverrideDto = await this.calendar.put({ ...body, date, expectedVersion }, caller);
    res.status(saved.version === 1 ? 201 : 200);
    if (saved.version === 1) res.location(`/api/v1/calendar/overrides/${date}`);
    res.setHeader('ETag', etagOf(saved.version));
    return saved;
  }

  @Delete(`overrides/:${OVERRIDE_DATE}`)
  @HttpCode(204)
  @RequirePermission('admin:calendar', 'none')
  @AuditAction('calendar.override.delete', 'calendar-override')
  @ApiOperation({ summary: 'Remove the date\'s override (If-Match): the base data applies to that date again', operationId: 'deleteCalendarOverride' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The override\'s ETag (`version`) as last read, e.g. "1"' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrorResponses(400, 401, 403, 404, 412, 428, 'COMMON.NOT_FOUND', 'COMMON.PRECONDITION_FAILED')
  async delete(@Param(OVERRIDE_DATE, PartyDateParamPipe) date: string, @IfMatchVersion() expectedVersion: number, @Caller() caller: CallContext, @Req() req: Request): Promise<void> {
    auditNotes(req).resultId = date;
    await this.calendar.delete({ date, expectedVersion }, caller);
  }
}
