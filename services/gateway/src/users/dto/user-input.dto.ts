import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class CreateUserDto {
  @ApiProperty({ minLength: 3, maxLength: 100, example: 'nguyenvana', description: 'Letters, digits, . _ - ; stored in lower case' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,100}$/)
  username: string;

  @ApiProperty({ minLength: 1, maxLength: 255, example: 'Nguyễn Văn A' })
  @Transform(trimText)
  @IsString()
  @Length(1, 255)
  fullName: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The account\'s organisation; its subtree is the scope (null only for the system administrator)' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  homeOrgId: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;

  @ApiProperty({ type: [String], example: ['finance'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  roles: string[];

  @ApiPropertyOptional({ format: 'password', description: 'Absent → generated, returned once, must be changed at first sign-in' })
  @IsOptional()
  @IsString()
  password?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 255 })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 255)
  fullName?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  homeOrgId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  memberId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  roles?: string[];
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ format: 'password', description: 'Absent → generated and returned once' })
  @IsOptional()
  @IsString()
  password?: string;
}

export class ListUsersQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the username or full name, with or without diacritics' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 100)
  q?: string;

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
