import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { trimText } from '../../common/validation/transforms';
import { WEBHOOK_EVENT_TYPES } from '../webhook';

export class CreateWebhookDto {
  @ApiProperty({ maxLength: 2000, example: 'https://dangvien.tinhuy-bacninh.vn/lien-thong/webhook', description: 'https only; no private-network targets' })
  @IsString()
  @Length(8, 2000)
  url: string;

  @ApiProperty({ type: [String], enum: WEBHOOK_EVENT_TYPES, example: ['org.*', 'member.transferred'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ maxLength: 500, example: 'Đồng bộ danh sách tổ chức đảng' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 500)
  description?: string;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(8, 2000)
  url?: string;

  @ApiPropertyOptional({ type: [String], enum: WEBHOOK_EVENT_TYPES })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimText)
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Length(1, 500)
  description?: string | null;

  @ApiPropertyOptional({ enum: ['active', 'disabled'], description: 'active re-enables a disabled webhook (its pending deliveries resume)' })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;
}
