import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

/**
 * RFC 6749 §4.4 client credentials, as JSON or application/x-www-form-urlencoded. The
 * credentials come in the body (client_secret_post) or in `Authorization: Basic`
 * (client_secret_basic), never both.
 */
export class ClientTokenRequestDto {
  @ApiProperty({ enum: ['client_credentials'] })
  @IsIn(['client_credentials'])
  grant_type: string;

  @ApiPropertyOptional({ example: 'ltc_3q2-7wKx0bX9s1mVZ4nE8A' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  client_id?: string;

  @ApiPropertyOptional({ format: 'password' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  client_secret?: string;

  @ApiPropertyOptional({ description: 'Accepted and ignored: a token carries the permissions the client was registered with' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  scope?: string;
}
