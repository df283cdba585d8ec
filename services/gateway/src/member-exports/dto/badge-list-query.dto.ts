import { BADGE_MILESTONES, IsPartyDate, type BadgeMilestone } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

export class BadgeListQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-02', description: 'An award occasion: 3/2, 19/5, 2/9 or 7/11 of a year' })
  @IsPartyDate()
  occasion!: string;

  @ApiPropertyOptional({ enum: BADGE_MILESTONES, example: 30, description: 'Only this milestone (years of party age)' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;
}
