import { ApiProperty } from '@nestjs/swagger';

export class AccessTokenDto {
  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer …`' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires', example: 900 })
  expiresIn: number;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';
}
