import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token of the last pair', example: 'rt_8fJ2kQx0yV7mN4pL1sD9wE6tR3uI5oA' })
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}
