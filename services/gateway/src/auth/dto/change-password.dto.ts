import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: 12, maxLength: 1000, description: 'At least 12 characters, 3 character classes or a 20+ passphrase; not the username; not a common password' })
  @IsString()
  @Length(1, 1000)
  newPassword: string;
}
