import { ApiProperty } from '@nestjs/swagger';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'nguyenvana' })
  username: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  fullName: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  homeOrgId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The party member this account belongs to' })
  memberId: string | null;

  @ApiProperty({ type: [String], example: ['finance'] })
  roles: string[];

  @ApiProperty()
  isActive: boolean;

  @ApiProperty()
  mustChangePassword: boolean;

  @ApiProperty({ description: 'Also the ETag', example: 2 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({ required: false, description: 'Only when the server generated the password: shown this once, must be changed at first sign-in' })
  generatedPassword?: string;
}

export class PasswordResetDto {
  @ApiProperty({ required: false, description: 'Only when the server generated the password: shown this once' })
  generatedPassword?: string;
}
