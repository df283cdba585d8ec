import type { Language } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequestLanguage } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { IfMatchVersion } from '../common/http/if-match.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { CreatedUserDto, PasswordResetDto, UserDto, UserPageDto } from './dto/user.dto';
import { CreateUserDto, ListUsersQueryDto, ResetPasswordDto, UpdateUserDto } from './dto/user-input.dto';
import { toUserDto, withUserEtag } from './user.mapper';
import { CreateUserUseCase } from './use-cases/create-user.use-case';
import { DeactivateUserUseCase } from './use-cases/deactivate-user.use-case';
import { GetUserUseCase } from './use-cases/get-user.use-case';
import { ListUsersUseCase } from './use-cases/list-users.use-case';
import { ResetPasswordUseCase } from './use-cases/reset-password.use-case';
import { UpdateUserUseCase } from './use-cases/update-user.use-case';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the user as last read, e.g. "3"' } as const;

/** Accounts, for holders of `admin:users`: those homed in the holder's subtree (UserAdminScope). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    @Inject(ListUsersUseCase) private readonly listUsers: ListUsersUseCase,
    @Inject(GetUserUseCase) private readonly getUser: GetUserUseCase,
    @Inject(CreateUserUseCase) private readonly createUser: CreateUserUseCase,
    @Inject(UpdateUserUseCase) private readonly updateUser: UpdateUserUseCase,
    @Inject(DeactivateUserUseCase) private readonly deactivateUser: DeactivateUserUseCase,
    @Inject(ResetPasswordUseCase) private readonly resetPassword: ResetPasswordUseCase,
  ) {}

  @Get()
  @RequirePermission('admin:users', 'subtree')
  @ApiOperation({ summary: 'Accounts by username, optionally filtered', operationId: 'listUsers' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: ListUsersQueryDto, @CurrentPrincipal() actor: Principal): Promise<UserPageDto> {
    return this.listUsers.execute(query, actor);
  }

  @Post()
  @RequirePermission('admin:users', 'subtree')
  @ApiOperation({ summary: 'Create an account (a generated password is returned once)', operationId: 'createUser' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiErrorResponses(400, 401, 403, 'USERS.USERNAME_TAKEN', 'USERS.ROLE_UNKNOWN', 'AUTH.PASSWORD_TOO_WEAK')
  async create(
    @Body() body: CreateUserDto,
    @CurrentPrincipal() actor: Principal,
    @RequestLanguage() lang: Language,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedUserDto> {
    const { user, generatedPassword } = await this.createUser.execute(body, actor, lang);
    res.location(`/api/v1/users/${user.id}`);
    return { user: withUserEtag(res, user), ...(generatedPassword ? { generatedPassword } : {}) };
  }

  @Get(':id')
  @RequirePermission('admin:users', 'subtree')
  @ApiOperation({ summary: 'One account; its version is the ETag', operationId: 'getUser' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrorResponses(400, 401, 403, 'USERS.USER_NOT_FOUND')
  async get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() actor: Principal, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
    return withUserEtag(res, await this.getUser.execute(id, actor));
  }

  @Patch(':id')
  @RequirePermission('admin:users', 'subtree')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Change name, home org, member link or roles', operationId: 'updateUser' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrorResponses(400, 401, 403, 422, 428, 'USERS.USER_NOT_FOUND', 'USERS.VERSION_MISMATCH', 'USERS.ROLE_UNKNOWN')
  async update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() version: number,
    @Body() body: UpdateUserDto,
    @CurrentPrincipal() actor: Principal,
    @RequestLanguage() lang: Language,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UserDto> {
    return withUserEtag(res, await this.updateUser.execute(id, version, body, actor, lang));
  }

  @Post(':id/deactivate')
  @RequirePermission('admin:users', 'subtree')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable the account and end its sessions', operationId: 'deactivateUser' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrorResponses(400, 401, 403, 422, 'USERS.USER_NOT_FOUND')
  async deactivate(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() actor: Principal, @RequestLanguage() lang: Language): Promise<UserDto> {
    return toUserDto(await this.deactivateUser.execute(id, actor, lang));
  }

  @Post(':id/reset-password')
  @RequirePermission('admin:users', 'subtree')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password the user must change; ends its sessions', operationId: 'resetUserPassword' })
  @ApiOkResponse({ type: PasswordResetDto })
  @ApiErrorResponses(400, 401, 403, 'USERS.USER_NOT_FOUND', 'AUTH.PASSWORD_TOO_WEAK')
  reset(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ResetPasswordDto,
    @CurrentPrincipal() actor: Principal,
    @RequestLanguage() lang: Language,
  ): Promise<PasswordResetDto> {
    return this.resetPassword.execute(id, body.password, actor, lang);
  }
}
