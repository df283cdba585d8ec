import { DomainError } from '@lienthong/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { OrgNames } from '../common/org-names';
import { UserAccessRepository } from '../roles/user-access.repository';
import { CurrentPrincipal } from './caller.decorator';
import { MeDto } from './dto/me.dto';
import type { Principal } from './principal';
import { AllowedBeforePasswordChange } from './public.decorator';
import { RequireSignIn } from './require-permission.decorator';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(OrgNames) private readonly orgNames: OrgNames,
  ) {}

  /** Read from the database, not the token: a disabled account stops here at once. */
  @Get()
  @RequireSignIn()
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'The signed-in user: roles, permissions, scope', operationId: 'getMe' })
  @ApiOkResponse({ type: MeDto })
  @ApiErrorResponses(401)
  async me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    const access = await this.access.load(principal.userId);
    if (!access?.isActive) throw new DomainError('AUTH.TOKEN_INVALID');
    const names = await this.orgNames.of([access.scopeOrgId, access.homeOrgId].filter((id) => id !== null));
    return {
      id: access.userId,
      username: access.username,
      fullName: access.fullName,
      roles: access.roles,
      permissions: access.permissions,
      scopeOrgId: access.scopeOrgId,
      homeOrgId: access.homeOrgId,
      scopeOrgName: access.scopeOrgId === null ? null : (names.get(access.scopeOrgId) ?? null),
      homeOrgName: access.homeOrgId === null ? null : (names.get(access.homeOrgId) ?? null),
      clearance: access.clearance,
      mustChangePassword: access.mustChangePassword,
    };
  }
}
