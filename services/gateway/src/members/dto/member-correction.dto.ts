import { CORRECTION_OUTCOMES, CORRECTION_STATUSES, type CorrectionOutcome, type CorrectionStatus } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { trimText } from '../../common/validation/transforms';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class CorrectionItemBodyDto {
  @ApiProperty({ maxLength: 50, example: 'homeTown', description: 'The field of the record to correct' })
  @IsString()
  @Length(1, 50)
  field: string;

  @ApiProperty({ maxLength: 2000, example: 'Nghệ An' })
  @Transform(trimText)
  @IsString()
  @Length(1, 2000)
  proposedValue: string;
}

export class CreateCorrectionDto {
  @ApiProperty({ type: [CorrectionItemBodyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CorrectionItemBodyDto)
  items: CorrectionItemBodyDto[];

  @ApiPropertyOptional({ maxLength: 2000, example: 'Quê quán ghi sai, xin sửa theo giấy khai sinh' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ResolveCorrectionDto {
  @ApiProperty({ enum: CORRECTION_OUTCOMES, example: 'resolved', description: 'resolved: the record was corrected; rejected: not corrected (say why in `note`)' })
  @IsIn(CORRECTION_OUTCOMES)
  outcome: CorrectionOutcome;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Đã sửa quê quán theo giấy khai sinh', description: 'Shown to the member; required when rejected' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CorrectionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CORRECTION_STATUSES, example: 'open', description: 'Only requests in this state (default: all)' })
  @IsOptional()
  @IsIn(CORRECTION_STATUSES)
  status?: CorrectionStatus;
}

export class CorrectionItemResponseDto {
  @ApiProperty({ example: 'homeTown' })
  field: string;
  @ApiProperty({ example: 'Nghệ An' })
  proposedValue: string;
}

export class CorrectionResolutionResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'Đã sửa quê quán theo giấy khai sinh' })
  note: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-01-20T03:00:00.000Z' })
  resolvedAt: string;
  @ApiProperty({ type: String, nullable: true, example: 'Trần Thị Mai' })
  resolvedByName: string | null;
}

export class CorrectionRequestResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e72' })
  id: string;
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e71' })
  memberId: string;
  @ApiProperty({ example: 'Nguyễn Văn An', description: 'The member\'s full name now' })
  memberName: string;
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70' })
  orgId: string;
  @ApiProperty({ type: [CorrectionItemResponseDto] })
  items: CorrectionItemResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: 'Quê quán ghi sai' })
  note: string | null;
  @ApiProperty({ enum: CORRECTION_STATUSES, example: 'open' })
  status: CorrectionStatus;
  @ApiProperty({ format: 'date-time', example: '2026-01-15T02:30:00.000Z' })
  createdAt: string;
  @ApiProperty({ type: CorrectionResolutionResponseDto, nullable: true, example: null, description: 'null while open' })
  resolution: CorrectionResolutionResponseDto | null;
}

export class CorrectionPageDto {
  @ApiProperty({ type: [CorrectionRequestResponseDto] })
  items: CorrectionRequestResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}
