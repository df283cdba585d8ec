import { BADGE_MILESTONES, IsPartyDate, MEMBER_EXPORT_KINDS, MEMBER_EXPORT_STATUSES, type BadgeMilestone, type MemberExportKind, type MemberExportStatus } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';

export class CreateMemberExportDto {
  @ApiProperty({ enum: MEMBER_EXPORT_KINDS, example: 'member-list', description: 'member-list: the subtree\'s 7-HSĐV list; badge-list: the badge proposals at an award occasion' })
  @IsIn(MEMBER_EXPORT_KINDS)
  kind!: MemberExportKind;

  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70', description: 'The org whose subtree is exported (in the caller\'s scope)' })
  @IsUUID()
  orgId!: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-02-03', description: 'badge-list only, and required there: an award occasion (3/2, 19/5, 2/9 or 7/11 of a year)' })
  @ValidateIf((o: CreateMemberExportDto) => o.kind === 'badge-list' || o.occasion !== undefined)
  @IsPartyDate()
  occasion?: string;

  @ApiPropertyOptional({ enum: BADGE_MILESTONES, example: 30, description: 'badge-list only: only this milestone (years of party age)' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;
}

export class MemberExportErrorDto {
  @ApiProperty({ example: 'COMMON.INTERNAL' })
  code: string;
  @ApiProperty({ example: 'Không xuất được tệp do lỗi hệ thống (đã ghi nhận để xử lý). Hãy tạo lại lệnh xuất.' })
  message: string;
}

export class MemberExportResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5ea1' })
  id: string;
  @ApiProperty({ enum: MEMBER_EXPORT_KINDS, example: 'member-list' })
  kind: MemberExportKind;
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70' })
  orgId: string;
  @ApiProperty({ example: 'Đảng bộ Bộ Tư pháp' })
  orgName: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'badge-list: the award occasion' })
  occasion: string | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'badge-list: only this milestone' })
  milestone: number | null;
  @ApiProperty({
    enum: MEMBER_EXPORT_STATUSES,
    example: 'running',
    description: 'queued → running → succeeded (download GET /member-exports/{id}/file until expiresAt) → expired; failed: see error',
  })
  status: MemberExportStatus;
  @ApiProperty({ example: 12_345, description: 'Progress: data rows written so far (all of them once succeeded)' })
  rowsWritten: number;
  @ApiProperty({ type: Number, nullable: true, example: 100_000, description: 'Rows expected: the subtree\'s members (member-list); null when not known ahead (badge-list)' })
  totalEstimate: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The file\'s name, once succeeded' })
  fileName: string | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'The file\'s size in bytes, once succeeded' })
  size: number | null;
  @ApiProperty({ type: MemberExportErrorDto, nullable: true, example: null, description: 'Why it failed (status failed)' })
  error: MemberExportErrorDto | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-26T01:30:00.000Z' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-26T01:30:01.000Z' })
  startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  finishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null, description: 'When the file is deleted (24 hours after it was written)' })
  expiresAt: string | null;
}

export class MemberExportPageDto {
  @ApiProperty({ type: [MemberExportResponseDto] })
  items: MemberExportResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}
