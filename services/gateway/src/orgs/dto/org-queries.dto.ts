import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { queryBoolean, trimText } from '../../common/validation/transforms';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export class OrgChildrenQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Also list closed organisations' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeClosed?: boolean;
}

export class ListOrgsQueryDto extends OrgChildrenQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'List the children of this org; absent → the roots' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class SearchOrgsQueryDto extends OrgChildrenQueryDto {
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'Words of the name or short name, with or without diacritics' })
  @Transform(trimText)
  @IsString()
  @Length(1, 100)
  q: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only inside this subtree' })
  @IsOptional()
  @IsUUID()
  withinOrgId?: string;
}
