import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { RoleListDto } from './dto/role.dto';
import { RolesRepository } from './roles.repository';

@ApiTags('users')
@ApiBearerAuth()
@Controller('roles')
export class RolesController {
  constructor(@Inject(RolesRepository) private readonly roles: RolesRepository) {}

  @Get()
  @RequirePermission('admin:users', 'none')
  @ApiOperation({ summary: 'The roles and the permissions each grants', operationId: 'listRoles' })
  @ApiOkResponse({ type: RoleListDto })
  @ApiErrorResponses(401, 403)
  async list(): Promise<RoleListDto> {
    return { items: await this.roles.list() };
  }
}
