import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { IsPartyDate } from '../common/validators';
import { CALENDAR_OVERRIDE_KINDS, type CalendarOverrideKind } from './calendar.dto';

/** The longest span `calendar.days` answers (a year, leap years included). */
export const MAX_CALENDAR_SPAN_DAYS = 366;

const calendarText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').normalize('NFC') : value);

/** Each day in [from, to] (both inclusive, at most 366 days) with its status and where it comes from. */
export class ListCalendarDaysRequest {
  @IsPartyDate()
  from: string;

  @IsPartyDate()
  to: string;
}

export class ListCalendarOverridesRequest {}

/** Creates an override for the date or replaces it (then `expectedVersion`, from If-Match, is required). */
export class PutCalendarOverrideRequest {
  @IsPartyDate()
  date: string;

  @IsIn(CALENDAR_OVERRIDE_KINDS)
  kind: CalendarOverrideKind;

  @Transform(calendarText)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameVi: string;

  @Transform(calendarText)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class DeleteCalendarOverrideRequest {
  @IsPartyDate()
  date: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}
