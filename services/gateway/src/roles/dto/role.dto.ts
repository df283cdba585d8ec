import { ApiProperty } from '@nestjs/swagger';

export class RoleDto {
  @ApiProperty({ example: 'finance' })
  code: string;

  @ApiProperty({ example: 'Tài chính' })
  nameVi: string;

  @ApiProperty({ example: 'Finance' })
  nameEn: string;

  @ApiProperty({ minimum: 0, maximum: 3, example: 0 })
  clearance: number;

  @ApiProperty()
  builtIn: boolean;

  @ApiProperty({ type: [String], example: ['finance:read', 'finance:write'] })
  permissions: string[];
}

export class RoleListDto {
  @ApiProperty({ type: [RoleDto] })
  items: RoleDto[];
}
