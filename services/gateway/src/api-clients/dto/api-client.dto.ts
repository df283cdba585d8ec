import { ApiProperty } from '@nestjs/swagger';

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ltc_3q2-7wKx0bX9s1mVZ4nE8A', description: 'Public: send it with the secret to POST /auth/token' })
  clientId: string;

  @ApiProperty({ example: 'Phần mềm quản lý đảng viên — Đảng bộ Tỉnh Bắc Ninh' })
  name: string;

  @ApiProperty({ format: 'uuid', description: "The client's organisation: its subtree is the client's scope" })
  orgId: string;

  @ApiProperty({ type: [String], example: ['members:read', 'members:write'] })
  permissions: string[];

  @ApiProperty({ enum: ['active', 'expired', 'revoked'] })
  status: 'active' | 'expired' | 'revoked';

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the secret before the last rotation still works' })
  previousSecretValidUntil: string | null;

  @ApiProperty({ description: 'Also the ETag', example: 1 })
  version: number;
}

export class ApiClientPageDto {
  @ApiProperty({ type: [ApiClientDto] })
  items: ApiClientDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ApiClientWithSecretDto {
  @ApiProperty({ type: ApiClientDto })
  client: ApiClientDto;

  @ApiProperty({ example: 'lts_…', description: 'Shown this once; only its SHA-256 digest is stored' })
  clientSecret: string;
}

/** RFC 6749 §5.1 names (what OAuth2 libraries read), and the API's camelCase ones. */
export class ClientTokenDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbGllbnQifQ.c2lnbmF0dXJl' })
  access_token: string;

  @ApiProperty({ example: 'Bearer' })
  token_type: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds' })
  expires_in: number;

  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbGllbnQifQ.c2lnbmF0dXJl' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900 })
  expiresIn: number;
}
