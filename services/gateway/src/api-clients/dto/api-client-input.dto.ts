import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ALL_PERMISSIONS } from '../../auth/permissions';
import { trimText } from '../../common/validation/transforms';

export class CreateApiClientDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Phần mềm quản lý đảng viên — Đảng bộ Tỉnh Bắc Ninh' })
  @Transform(trimText)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ format: 'uuid', description: 'The organisation the client acts for; its subtree is the scope. Must be within yours.' })
  @IsUUID()
  orgId: string;

  @ApiProperty({ type: [String], example: ['members:read', 'members:write'], description: 'A subset of your own; administrative ones cannot be given' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ALL_PERMISSIONS.length)
  @ArrayUnique()
  @IsIn(ALL_PERMISSIONS, { each: true })
  permissions: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'After this instant the client gets no token; absent = no expiry' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}

export class RotateApiClientSecretDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Until when the current secret keeps working (the overlap window): now … 30 days ahead; absent = 24 h from now; now = at once',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  previousSecretValidUntil?: string;
}

export class ListApiClientsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the clients of this organisation' })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  cursor?: string;
}
