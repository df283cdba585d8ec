import { ORG_KINDS, type OrgKind, type OrgStatus } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An organisation of the Party as the public API shows it. */
export class OrgResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a root of the tree' })
  parentId: string | null;

  @ApiProperty({ example: 'Đảng bộ Khối các cơ quan Trung ương' })
  name: string;

  @ApiProperty({ example: 'ĐUK', description: 'Used in document symbols (03-NQ/ĐUK)' })
  shortName: string;

  @ApiProperty({ enum: ORG_KINDS, example: 'dang-bo-co-so' })
  kind: OrgKind;

  @ApiProperty({ enum: ['active', 'closed'] })
  status: OrgStatus;

  @ApiProperty({ format: 'date', example: '2026-01-15' })
  validFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  validTo: string | null;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why it was closed, when a reason was given' })
  closeReason?: string;

  @ApiProperty({ type: [String], description: 'Ids from the root down to the parent' })
  ancestorIds: string[];

  @ApiProperty({ minimum: 0, example: 1 })
  depth: number;

  @ApiProperty({ minimum: 0, example: 12 })
  childCount: number;

  @ApiProperty({ minimum: 1, example: 3, description: 'Also sent as the ETag; send it back in If-Match to change the org' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class OrgPageDto {
  @ApiProperty({ type: [OrgResponseDto] })
  items: OrgResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export class OrgListDto {
  @ApiProperty({ type: [OrgResponseDto] })
  items: OrgResponseDto[];
}
