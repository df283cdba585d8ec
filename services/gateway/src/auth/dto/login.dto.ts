import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  username: string;

  /** Bounded so that a huge "password" cannot buy a long argon2 run. */
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  password: string;
}
