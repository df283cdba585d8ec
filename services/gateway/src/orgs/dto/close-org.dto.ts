import { IsPartyDate } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

/** Dissolution (giải thể) or merger: the org stays in the tree as closed from `validTo`. */
export class CloseOrgDto {
  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Last day of the organisation (YYYY-MM-DD)' })
  @IsPartyDate()
  validTo: string;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Hợp nhất theo Quyết định số 12-QĐ/ĐUK' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
