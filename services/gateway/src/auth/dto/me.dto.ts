import { ApiProperty } from '@nestjs/swagger';

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'admin' })
  username: string;

  @ApiProperty({ example: 'Quản trị hệ thống' })
  fullName: string;

  @ApiProperty({ type: [String], example: ['admin'] })
  roles: string[];

  @ApiProperty({ type: [String], example: ['members:read', 'members:write'] })
  permissions: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Root of the org subtree in scope; null = the whole tree' })
  scopeOrgId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The organisation the account belongs to' })
  homeOrgId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Đảng bộ Văn phòng Trung ương Đảng', description: 'Name of the scope root (null: the whole tree, or not replicated yet)' })
  scopeOrgName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Chi bộ Vụ Tổng hợp', description: 'Name of the home organisation (null: none, or not replicated yet)' })
  homeOrgName: string | null;

  @ApiProperty({ description: 'Highest secrecy level readable: 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật', minimum: 0, maximum: 3, example: 3 })
  clearance: number;

  @ApiProperty({ description: 'The password was generated or reset and should be changed' })
  mustChangePassword: boolean;
}
