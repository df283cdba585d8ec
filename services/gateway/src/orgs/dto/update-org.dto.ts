import { SHORT_NAME_PATTERN } from '@lienthong/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

/** Rename or change the short name; moving and closing have their own actions. */
export class UpdateOrgDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 255 })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(2, 255)
  name?: string;

  @ApiPropertyOptional({ pattern: SHORT_NAME_PATTERN.source, maxLength: 20 })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Matches(SHORT_NAME_PATTERN)
  shortName?: string;
}
