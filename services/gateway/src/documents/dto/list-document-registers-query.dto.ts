import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ListDocumentRegistersQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation whose registers to list' })
  @IsUUID()
  orgId: string;
}
