import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MoveOrgDto {
  @ApiProperty({ format: 'uuid', description: 'The new superior organisation' })
  @IsUUID()
  newParentId: string;
}
