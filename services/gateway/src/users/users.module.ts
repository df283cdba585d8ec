import { Module } from '@nestjs/common';
import { CreateUserUseCase } from './use-cases/create-user.use-case';
import { DeactivateUserUseCase } from './use-cases/deactivate-user.use-case';
import { GetUserUseCase } from './use-cases/get-user.use-case';
import { ListUsersUseCase } from './use-cases/list-users.use-case';
import { ResetPasswordUseCase } from './use-cases/reset-password.use-case';
import { UpdateUserUseCase } from './use-cases/update-user.use-case';
import { UserAdminScope } from './user-admin-scope';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';

/** The users API (`admin:users`). */
@Module({
  controllers: [UsersController],
  providers: [UsersRepository, UserAdminScope, ListUsersUseCase, GetUserUseCase, CreateUserUseCase, UpdateUserUseCase, DeactivateUserUseCase, ResetPasswordUseCase],
})
export class UsersModule {}
