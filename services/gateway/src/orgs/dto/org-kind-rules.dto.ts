import { IsPartyDate, ORG_KINDS, type OrgKind } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class OrgKindRulesQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2025-07-01', description: 'The rules in force on this day (YYYY-MM-DD); absent: today in Viet Nam' })
  @IsOptional()
  @IsPartyDate()
  onDate?: string;
}

export class OrgKindRuleResponseDto {
  @ApiProperty({ enum: ORG_KINDS, nullable: true, example: 'dang-bo-co-so', description: 'null: the kind may be a root of the tree' })
  parentKind: OrgKind | null;

  @ApiProperty({ enum: ORG_KINDS, example: 'chi-bo-truc-thuoc' })
  childKind: OrgKind;

  @ApiProperty({ format: 'date', example: '2025-06-25' })
  effectiveFrom: string;

  @ApiProperty({ format: 'date', nullable: true, type: String, example: null, description: 'Last day in force, inclusive; null while in force' })
  effectiveTo: string | null;

  @ApiProperty({ example: 'Quy định 294-QĐ/TW ngày 26/5/2025, Điều 6' })
  source: string;
}

export class OrgKindRulesResponseDto {
  @ApiProperty({ format: 'date', example: '2025-07-01' })
  onDate: string;

  @ApiProperty({ type: [OrgKindRuleResponseDto], description: 'Which kinds may sit under which on that day' })
  rules: OrgKindRuleResponseDto[];
}
