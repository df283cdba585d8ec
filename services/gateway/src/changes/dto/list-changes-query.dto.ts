import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CHANGE_TYPES, type ChangeType } from '../public-change-types';

export class ListChangesQueryDto {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page; absent = from the oldest change kept (retention)', example: 'WyIxMjM0Il0' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  since?: string;

  @ApiPropertyOptional({ type: String, example: 'org,member', description: 'Comma-separated change types; absent = all' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((t) => t.trim()) : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANGE_TYPES, { each: true })
  types?: ChangeType[];

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
