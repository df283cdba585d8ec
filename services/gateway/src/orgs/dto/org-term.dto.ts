import { IsPartyDate } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class OpenOrgTermDto {
  @ApiProperty({ minimum: 1, maximum: 1000, example: 2, description: 'Ordinal of the congress that opens the term (Đại hội lần thứ …)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  number: number;

  @ApiProperty({ minLength: 2, maxLength: 100, example: 'Nhiệm kỳ 2025–2030' })
  @Transform(trimText)
  @IsString()
  @Length(2, 100)
  label: string;

  @ApiProperty({ format: 'date', example: '2025-10-01', description: 'First day of the term (YYYY-MM-DD)' })
  @IsPartyDate()
  startDate: string;

  @ApiPropertyOptional({ format: 'date', example: '2030-09-30', description: 'Last day, to record a past term; absent: the term stays open' })
  @IsOptional()
  @IsPartyDate()
  endDate?: string;
}

export class CloseOrgTermDto {
  @ApiProperty({ format: 'date', example: '2030-09-30', description: 'Last day of the term (YYYY-MM-DD)' })
  @IsPartyDate()
  endDate: string;
}

export class TermInForceQueryDto {
  @ApiProperty({ format: 'date', example: '2026-03-15', description: 'The day whose term is wanted (YYYY-MM-DD)' })
  @IsPartyDate()
  date: string;
}

/** A term (nhiệm kỳ) of an organisation; document numbering restarts per term. */
export class OrgTermResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e60' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f' })
  orgId: string;

  @ApiProperty({ example: 2 })
  number: number;

  @ApiProperty({ example: 'Nhiệm kỳ 2025–2030' })
  label: string;

  @ApiProperty({ format: 'date', example: '2025-10-01' })
  startDate: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'Last day (inclusive); null while open' })
  endDate: string | null;

  @ApiProperty({ minimum: 1, example: 1, description: 'Also the ETag; send it in If-Match to close the term' })
  version: number;

  @ApiProperty({ format: 'date-time', example: '2025-10-01T02:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2025-10-01T02:00:00.000Z' })
  updatedAt: string;
}

export class OrgTermListDto {
  @ApiProperty({ type: [OrgTermResponseDto], description: 'Newest first' })
  items: OrgTermResponseDto[];
}
