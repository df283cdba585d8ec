import { ApiProperty } from '@nestjs/swagger';

/** A sổ đăng ký văn bản đi or đến of one organisation for one year (693-QĐ/VPTW, 2021). */
export class DocumentRegisterResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The organisation that keeps the register' })
  orgId: string;

  @ApiProperty({ enum: ['incoming', 'outgoing'], description: 'incoming = sổ văn bản đến, outgoing = sổ văn bản đi' })
  direction: 'incoming' | 'outgoing';

  @ApiProperty({ example: 'Sổ đăng ký văn bản đến' })
  name: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ minimum: 1, example: 31, description: 'Number of the next entry in the register' })
  nextNumber: number;
}

export class DocumentRegisterListDto {
  @ApiProperty({ type: [DocumentRegisterResponseDto] })
  items: DocumentRegisterResponseDto[];
}
