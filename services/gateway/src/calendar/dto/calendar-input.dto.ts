import { CALENDAR_OVERRIDE_KINDS, IsPartyDate, type CalendarOverrideKind } from '@lienthong/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class CalendarDaysQueryDto {
  @ApiProperty({ format: 'date', example: '2027-02-01', description: 'First day shown (inclusive)' })
  @IsPartyDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-02-28', description: 'Last day shown (inclusive); at most 366 days after `from` counted inclusively' })
  @IsPartyDate()
  to!: string;
}

export class PutCalendarOverrideDto {
  @ApiProperty({
    enum: CALENDAR_OVERRIDE_KINDS,
    example: 'holiday',
    description:
      '`holiday` a public holiday (Tết); `day-off` a weekday not worked (nghỉ bù, hoán đổi); `working-day` a Saturday or Sunday worked (làm bù); `default` forget what the base data says about the date',
  })
  @IsIn(CALENDAR_OVERRIDE_KINDS)
  kind!: CalendarOverrideKind;

  @ApiProperty({ example: 'Tết Nguyên đán Đinh Mùi (mùng 1)', maxLength: 200 })
  @Transform(trimText)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameVi!: string;

  @ApiProperty({ example: 'Thông báo số 6150/TB-BNV ngày 12/11/2026 của Bộ Nội vụ', maxLength: 300, description: 'The document the change comes from (required)' })
  @Transform(trimText)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source!: string;
}
