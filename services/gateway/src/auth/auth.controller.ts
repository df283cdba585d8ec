import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from '../common/openapi/error-envelope.dto';
import { AccessTokenDto } from './dto/access-token.dto';
import { LoginDto } from './dto/login.dto';
import { Public } from './public.decorator';
import { LoginUseCase } from './use-cases/login.use-case';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(LoginUseCase) private readonly login: LoginUseCase) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with username and password', operationId: 'login' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'AUTH.INVALID_CREDENTIALS' })
  signIn(@Body() body: LoginDto): Promise<AccessTokenDto> {
    return this.login.execute(body.username, body.password);
  }
}
