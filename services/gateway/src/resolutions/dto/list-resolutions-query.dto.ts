import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

export class ListResolutionsQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation whose resolutions to list' })
  @IsUUID()
  orgId: string;
}
