import { MEMBER_IMPORT_ROW_FILTERS, MEMBER_IMPORT_STATUSES, type MemberImportRowFilter, type MemberImportStatus } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class MemberImportFileErrorDto {
  @ApiProperty({ enum: ['notXlsx', 'encrypted', 'unreadable', 'noSheet', 'headers', 'tooManyRows', 'empty'], example: 'tooManyRows' })
  code: string;
  @ApiProperty({ example: 'Tệp có hơn 200.000 dòng dữ liệu. Hãy chia thành nhiều tệp nhỏ hơn.' })
  message: string;
}

export class MemberImportResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e90' })
  id: string;
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70', description: 'The org chosen at upload: rows go to its subtree' })
  orgId: string;
  @ApiProperty({ example: 'danh-sach-chi-bo.xlsx' })
  fileName: string;
  @ApiProperty({ enum: MEMBER_IMPORT_STATUSES, example: 'parsed', description: 'queued → parsing → parsed (preview) → committing → committed; failed: the file was refused' })
  status: MemberImportStatus;
  @ApiProperty({ type: MemberImportFileErrorDto, nullable: true, example: null, description: 'Why the whole file was refused (status failed)' })
  fileError: MemberImportFileErrorDto | null;
  @ApiProperty({ example: 120, description: 'Progress: data rows read so far' })
  rowsParsed: number;
  @ApiProperty({ example: 117, description: 'Rows that will be created at commit (known once parsed)' })
  rowsValid: number;
  @ApiProperty({ example: 3, description: 'Rows with errors or duplicates (never created)' })
  rowsInvalid: number;
  @ApiProperty({ example: 0, description: 'Progress of the commit: members created' })
  rowsCommitted: number;
  @ApiProperty({ format: 'date-time', example: '2026-11-26T01:30:00.000Z' })
  createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-26T01:30:04.000Z' })
  updatedAt: string;
}

export class MemberImportRowErrorResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'C12', description: 'The cell, or null for the whole row' })
  cell: string | null;
  @ApiProperty({ example: 'dateOfBirth' })
  field: string;
  @ApiProperty({ example: 'isPartyDate' })
  code: string;
  @ApiProperty({ example: 'C12 (Ngày sinh): ngày không hợp lệ (dd/mm/yyyy)' })
  message: string;
}

export class MemberImportRowResponseDto {
  @ApiProperty({ example: 12, description: 'Row number in the uploaded sheet (row 1 holds the headers)' })
  rowNumber: number;
  @ApiProperty({ type: String, nullable: true, example: 'Nguyễn Văn An' })
  fullName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'The member created from the row, once committed' })
  memberId: string | null;
  @ApiProperty({ type: [MemberImportRowErrorResponseDto] })
  errors: MemberImportRowErrorResponseDto[];
}

export class MemberImportRowPageDto {
  @ApiProperty({ type: [MemberImportRowResponseDto] })
  items: MemberImportRowResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: '61' })
  nextCursor: string | null;
}

export class MemberImportRowsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBER_IMPORT_ROW_FILTERS, description: 'error: rows with errors; valid: rows to create; duplicate: rows refused as duplicates' })
  @IsOptional()
  @IsIn(MEMBER_IMPORT_ROW_FILTERS)
  status?: MemberImportRowFilter;
}

export class MemberImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The .xlsx file in the template\'s layout (multipart field "file")' })
  file: unknown;
}
