import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token of the last pair' })
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}
