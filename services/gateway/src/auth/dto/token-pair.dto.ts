import { ApiProperty } from '@nestjs/swagger';

export class TokenPairDto {
  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer …`', example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYTBmMiJ9.c2lnbmF0dXJl' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;

  @ApiProperty({ description: 'Opaque, single use: POST /auth/refresh gives a new pair (30 days)', example: 'rt_8fJ2kQx0yV7mN4pL1sD9wE6tR3uI5oA' })
  refreshToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';
}
