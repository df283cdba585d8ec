import { AWARD_BASES, BADGE_MILESTONES, IsPartyDate, type AwardBasis, type BadgeMilestone } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { trimText } from '../../common/validation/transforms';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class BadgeCandidatesQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-02', description: 'An award occasion: 3/2, 19/5, 2/9 or 7/11 of a year' })
  @IsPartyDate()
  occasion!: string;

  @ApiPropertyOptional({ enum: BADGE_MILESTONES, example: 30, description: 'Only this milestone (years of party age)' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;
}

export class RecordBadgeDto {
  @ApiProperty({ enum: BADGE_MILESTONES, example: 30 })
  @IsInt()
  @IsIn(BADGE_MILESTONES)
  milestone!: BadgeMilestone;

  @ApiProperty({ format: 'date', example: '2026-09-02', description: 'The day the badge is presented' })
  @IsPartyDate()
  occasionDate!: string;

  @ApiProperty({ enum: AWARD_BASES, example: 'regular', description: 'regular, early for serious illness, or posthumous (truy tặng)' })
  @IsIn(AWARD_BASES)
  basis!: AwardBasis;

  @ApiProperty({ maxLength: 50, example: '1250-QĐ/TU', description: 'Number of the award decision' })
  @Transform(trimText)
  @IsString()
  @Length(1, 50)
  decisionNumber!: string;

  @ApiProperty({ format: 'date', example: '2026-08-20' })
  @IsPartyDate()
  decisionDate!: string;

  @ApiPropertyOptional({ maxLength: 30, example: 'HH-30-000123', description: 'The badge number (7-HSĐV column 8)' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(30)
  badgeNumber?: string;
}
