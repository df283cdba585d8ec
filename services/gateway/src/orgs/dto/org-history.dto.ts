import { IsPartyDate, ORG_KINDS, SUCCESSION_KINDS, type OrgKind, type OrgStatus, type SuccessionKind } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { OrgChildrenQueryDto } from './org-queries.dto';

export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2025-06-30', description: 'Answer as the tree stood on this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsPartyDate()
  asOf?: string;
}

export class OrgChildrenAsOfQueryDto extends OrgChildrenQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2025-06-30', description: 'List the children as they stood on this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsPartyDate()
  asOf?: string;
}

export class OrgVersionResponseDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6a' })
  parentId: string | null;

  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp' })
  name: string;

  @ApiProperty({ example: 'CBTH' })
  shortName: string;

  @ApiProperty({ enum: ORG_KINDS, example: 'chi-bo-truc-thuoc' })
  kind: OrgKind;

  @ApiProperty({ enum: ['active', 'closed'], example: 'active' })
  status: OrgStatus;

  @ApiProperty({ format: 'date', example: '2025-02-03' })
  validFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-06-30', description: 'Last day of this version; null for the current one' })
  validTo: string | null;
}

export class OrgSuccessionResponseDto {
  @ApiProperty({ enum: SUCCESSION_KINDS, example: 'merge' })
  kind: SuccessionKind;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e64' })
  restructuringId: string;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e65' })
  predecessorId: string;

  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp' })
  predecessorName: string;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e66' })
  successorId: string;

  @ApiProperty({ example: 'Chi bộ Vụ Hành chính' })
  successorName: string;

  @ApiProperty({ format: 'date', example: '2025-07-01' })
  effectiveDate: string;

  @ApiProperty({ example: 'Quyết định số 125-QĐ/ĐU' })
  decisionRef: string;

  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp được hợp nhất vào Chi bộ Vụ Hành chính từ ngày 01/07/2025 (Quyết định số 125-QĐ/ĐU)' })
  text: string;
}

export class OrgHistoryResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e65' })
  orgId: string;

  @ApiProperty({ type: [OrgVersionResponseDto], description: 'Oldest first' })
  versions: OrgVersionResponseDto[];

  @ApiProperty({ type: [OrgSuccessionResponseDto], description: 'Orgs this one succeeded' })
  predecessors: OrgSuccessionResponseDto[];

  @ApiProperty({ type: [OrgSuccessionResponseDto], description: 'Orgs that succeeded this one' })
  successors: OrgSuccessionResponseDto[];
}
