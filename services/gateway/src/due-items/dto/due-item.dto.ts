import { DUE_ITEM_KINDS, type DueItemKind } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class DueItemsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DUE_ITEM_KINDS, example: 'recognition' })
  @IsOptional()
  @IsIn(DUE_ITEM_KINDS)
  kind?: DueItemKind;
}

export class DueItemResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: DUE_ITEM_KINDS, example: 'recognition' })
  kind: DueItemKind;
  @ApiProperty({ format: 'uuid' })
  orgId: string;
  @ApiProperty({ example: 'Chi bộ Vụ Pháp chế' })
  orgName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  memberId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Trần Thị Bình' })
  memberName: string | null;
  @ApiProperty({ format: 'date', example: '2026-09-15', description: 'The deadline (the occasion, for a badge)' })
  dueOn: string;
  @ApiProperty({ example: 12, description: 'Days left from today; negative = overdue' })
  daysLeft: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { dueDate: '2026-08-01', decisionDate: '2025-08-01' },
    description: 'recognition: dueDate, decisionDate; ceremony: decisionDate; badge: milestone, basis, reachDate, occasion; transfer-confirm: transferId, letterNumber, letterDate',
  })
  detail: Record<string, string | number | null>;
  @ApiProperty({ example: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025), điểm 4.2' })
  rule: string;
  @ApiProperty({ format: 'date', example: '2026-08-10' })
  computedOn: string;
}

export class DueItemPageResponseDto {
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-08-10', description: 'The day the list was computed; null before the first run' })
  computedOn: string | null;
  @ApiProperty({ type: [DueItemResponseDto] })
  items: DueItemResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}
