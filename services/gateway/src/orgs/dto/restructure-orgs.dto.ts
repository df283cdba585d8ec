import { IsPartyDate, ORG_KINDS, SHORT_NAME_PATTERN, type OrgKind } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { trimText } from '../../common/validation/transforms';
import { OrgResponseDto } from './org.dto';

export class OrgVersionRefDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f' })
  @IsUUID()
  id: string;

  @ApiProperty({ minimum: 1, example: 3, description: 'The org\'s version (ETag) as last read: a concurrent change refuses the decision with 412' })
  @IsInt()
  @Min(1)
  version: number;
}

export class NewOrgSpecDto {
  @ApiPropertyOptional({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6a', description: 'Absent: under the parent of the (first) source' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiProperty({ minLength: 2, maxLength: 255, example: 'Chi bộ Vụ Tổng hợp - Hành chính' })
  @Transform(trimText)
  @IsString()
  @Length(2, 255)
  name: string;

  @ApiProperty({ pattern: SHORT_NAME_PATTERN.source, maxLength: 20, example: 'CBTHHC' })
  @Transform(trimText)
  @IsString()
  @Matches(SHORT_NAME_PATTERN)
  shortName: string;

  @ApiProperty({ enum: ORG_KINDS, example: 'chi-bo-truc-thuoc' })
  @IsIn(ORG_KINDS)
  kind: OrgKind;
}

export class MergeChildPlacementDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e61' })
  @IsUUID()
  childId: string;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e62' })
  @IsUUID()
  newParentId: string;
}

export class SplitChildPlacementDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e61' })
  @IsUUID()
  childId: string;

  @ApiProperty({ minimum: 0, maximum: 49, example: 0, description: 'Index of the new org in `parts`' })
  @IsInt()
  @Min(0)
  @Max(49)
  partIndex: number;
}

/** Which new org takes one current member of the split org. */
export class SplitMemberPlacementDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ minimum: 0, maximum: 49, example: 1, description: 'Index of the new org in `parts`' })
  @IsInt()
  @Min(0)
  @Max(49)
  partIndex: number;
}

class DecisionDto {
  @ApiProperty({ format: 'date', example: '2025-07-01', description: 'First day of the successor(s); the closed orgs\' last day is the day before' })
  @IsPartyDate()
  effectiveDate: string;

  @ApiProperty({ minLength: 2, maxLength: 200, example: 'Quyết định số 125-QĐ/ĐU' })
  @Transform(trimText)
  @IsString()
  @Length(2, 200)
  decisionRef: string;
}

/** Hợp nhất: the sources are closed and succeeded by the target (`targetId`, or `newTarget` founded by the decision). */
export class MergeOrgsDto extends DecisionDto {
  @ApiProperty({ type: [OrgVersionRefDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique((r: OrgVersionRefDto) => r?.id)
  @ValidateNested({ each: true })
  @Type(() => OrgVersionRefDto)
  sources: OrgVersionRefDto[];

  @ApiPropertyOptional({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e63', description: 'An open org that receives the sources; or give newTarget' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ type: NewOrgSpecDto, description: 'The org the decision founds to receive the sources; or give targetId' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOrgSpecDto)
  newTarget?: NewOrgSpecDto;

  @ApiPropertyOptional({ type: [MergeChildPlacementDto], description: 'Children placed elsewhere than the target' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MergeChildPlacementDto)
  childPlacements?: MergeChildPlacementDto[];
}

/** Chia tách: the org (path id, version in If-Match) is closed and succeeded by each new part. */
export class SplitOrgDto extends DecisionDto {
  @ApiProperty({ type: [NewOrgSpecDto], minItems: 2, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NewOrgSpecDto)
  parts: NewOrgSpecDto[];

  @ApiPropertyOptional({ type: [SplitChildPlacementDto], description: 'Every open child of the org, each in one part' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SplitChildPlacementDto)
  childPlacements?: SplitChildPlacementDto[];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 49,
    example: 0,
    description: 'The part that takes every current member (official and temporary) not named in memberPlacements; required while one is left unplaced',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(49)
  memberPartIndex?: number;

  @ApiPropertyOptional({ type: [SplitMemberPlacementDto], maxItems: 5000, description: 'Members that go to another part than memberPartIndex' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => SplitMemberPlacementDto)
  memberPlacements?: SplitMemberPlacementDto[];
}

export class RestructuringResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e64' })
  id: string;

  @ApiProperty({ enum: ['merge', 'split'], example: 'merge' })
  kind: 'merge' | 'split';

  @ApiProperty({ format: 'date', example: '2025-07-01' })
  effectiveDate: string;

  @ApiProperty({ example: 'Quyết định số 125-QĐ/ĐU' })
  decisionRef: string;

  @ApiProperty({ type: [OrgResponseDto], description: 'The closed orgs' })
  predecessors: OrgResponseDto[];

  @ApiProperty({ type: [OrgResponseDto], description: 'The orgs that succeed them' })
  successors: OrgResponseDto[];

  @ApiProperty({ type: [OrgResponseDto], description: 'Children of the closed orgs under their new parents' })
  movedChildren: OrgResponseDto[];
}
