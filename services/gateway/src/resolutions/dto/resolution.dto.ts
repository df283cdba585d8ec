import { ApiProperty } from '@nestjs/swagger';

/** A resolution (nghị quyết) an organisation tracks. */
export class ResolutionResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The organisation that tracks it' })
  orgId: string;

  @ApiProperty({ example: '03-NQ/ĐU', description: 'Số và ký hiệu, without "Số"' })
  symbol: string;

  @ApiProperty({ example: 'Nghị quyết về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026' })
  title: string;

  @ApiProperty({ format: 'date', example: '2026-01-15' })
  issuedOn: string;
}

export class ResolutionPageDto {
  @ApiProperty({ type: [ResolutionResponseDto] })
  items: ResolutionResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
