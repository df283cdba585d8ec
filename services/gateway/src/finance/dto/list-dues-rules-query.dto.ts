import { IsPartyDate } from '@lienthong/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class ListDuesRulesQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-01', description: 'Only the rules in force on this day; absent → every version' })
  @IsOptional()
  @IsPartyDate()
  onDate?: string;
}
