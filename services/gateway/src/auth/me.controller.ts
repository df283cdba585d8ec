import { DomainError } from '@lienthong/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from '../common/openapi/error-envelope.dto';
import { CurrentPrincipal } from './caller.decorator';
import { MeDto } from './dto/me.dto';
import { GatewayUserRepository } from './gateway-user.repository';
import type { Principal } from './principal';
import { grantsOf } from './user-grants';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(@Inject(GatewayUserRepository) private readonly users: GatewayUserRepository) {}

  /** Read from the database, not the token: a disabled account stops here at once. */
  @Get()
  @ApiOperation({ summary: 'The signed-in user', operationId: 'getMe' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    const user = await this.users.findById(principal.userId);
    if (!user || !user.isActive) throw new DomainError('AUTH.TOKEN_INVALID');
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      ...grantsOf(user),
      mustChangePassword: user.mustChangePassword,
    };
  }
}
