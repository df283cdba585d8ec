import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import type { Language } from '@lienthong/platform';
import { ClientAddress, CurrentPrincipal, RequestLanguage } from './caller.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { TokenPairDto } from './dto/token-pair.dto';
import { LoginLockedError } from './login-locked.error';
import type { Principal } from './principal';
import { AllowedBeforePasswordChange, Public } from './public.decorator';
import { ChangePasswordUseCase } from './use-cases/change-password.use-case';
import { LoginUseCase } from './use-cases/login.use-case';
import { LogoutUseCase } from './use-cases/logout.use-case';
import { RefreshSessionUseCase } from './use-cases/refresh-session.use-case';
import { RequireSignIn } from './require-permission.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(LoginUseCase) private readonly login: LoginUseCase,
    @Inject(RefreshSessionUseCase) private readonly refresh: RefreshSessionUseCase,
    @Inject(LogoutUseCase) private readonly logout: LogoutUseCase,
    @Inject(ChangePasswordUseCase) private readonly changePassword: ChangePasswordUseCase,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with username and password', operationId: 'login' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrorResponses(400, 'AUTH.INVALID_CREDENTIALS', 'AUTH.LOGIN_LOCKED')
  async signIn(@Body() body: LoginDto, @ClientAddress() address: string, @Res({ passthrough: true }) res: Response): Promise<TokenPairDto> {
    try {
      return await this.login.execute(body.username, body.password, address);
    } catch (error) {
      if (error instanceof LoginLockedError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'A new token pair for a refresh token (single use; reuse revokes the session)', operationId: 'refreshSession' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrorResponses(400, 'AUTH.REFRESH_TOKEN_INVALID')
  renew(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.refresh.execute(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of a refresh token', operationId: 'logout' })
  @ApiNoContentResponse()
  @ApiErrorResponses(400)
  async signOut(@Body() body: RefreshDto): Promise<void> {
    await this.logout.execute(body.refreshToken);
  }

  @Post('change-password')
  @RequireSignIn()
  @AllowedBeforePasswordChange()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change my password; ends my other sessions and returns a new pair', operationId: 'changePassword' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrorResponses(400, 401, 'AUTH.PASSWORD_TOO_WEAK', 'AUTH.CURRENT_PASSWORD_WRONG')
  change(@Body() body: ChangePasswordDto, @CurrentPrincipal() principal: Principal, @RequestLanguage() lang: Language): Promise<TokenPairDto> {
    return this.changePassword.execute(principal.userId, body.currentPassword, body.newPassword, lang);
  }
}
