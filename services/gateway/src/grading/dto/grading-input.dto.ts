import { GRADING_CAMPAIGN_STATUSES, GRADING_LEVELS, GRADING_STEPS, IsPartyDate, type GradingCampaignStatus, type GradingLevelCode, type GradingStep } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { queryBoolean, trimText } from '../../common/validation/transforms';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class OpenGradingCampaignDto {
  @ApiProperty({ example: 2025, minimum: 2025, description: 'The graded year (the 100-point bands of 366-QĐ/TW apply from 2025)' })
  @IsInt()
  @Min(2025)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 'Kiểm điểm, đánh giá, xếp loại chất lượng năm 2025', maxLength: 200 })
  @Transform(trimText)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ format: 'date', example: '2026-01-15', description: 'Last day for self-assessments' })
  @IsPartyDate()
  deadline!: string;
}

export class GradingCampaignsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns covering this org (opened on it, above it or below it)' })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2025)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: GRADING_CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(GRADING_CAMPAIGN_STATUSES)
  status?: GradingCampaignStatus;
}

export class MemberGradingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this org\'s subtree' })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ enum: GRADING_LEVELS, description: 'The decided level' })
  @IsOptional()
  @IsIn(GRADING_LEVELS)
  level?: GradingLevelCode;

  @ApiPropertyOptional({ enum: GRADING_STEPS })
  @IsOptional()
  @IsIn(GRADING_STEPS)
  step?: GradingStep;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only those listed but not graded (exempt…); false: only the graded' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  excluded?: boolean;
}

export class GradingRollupQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The org to roll up with its children (default: the campaign\'s root, or the caller\'s own org within it)' })
  @IsOptional()
  @IsUUID()
  orgId?: string;
}

export class GradingMarkInputDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 85, description: 'Points on the 100-point scale' })
  @IsInt()
  @Min(0)
  @Max(100)
  points!: number;

  @ApiProperty({ enum: GRADING_LEVELS, example: 'hoan-thanh-tot', description: 'Not above the band of the points; below it needs a comment' })
  @IsIn(GRADING_LEVELS)
  level!: GradingLevelCode;

  @ApiPropertyOptional({ type: String, maxLength: 2000, example: 'Hoàn thành 100% nhiệm vụ đúng hạn', nullable: true })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class GradingDecisionInputDto extends GradingMarkInputDto {
  @ApiPropertyOptional({ type: String, maxLength: 100, example: '125-QĐ/ĐU', nullable: true, description: 'The decision\'s number' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(100)
  decisionRef?: string | null;
}
