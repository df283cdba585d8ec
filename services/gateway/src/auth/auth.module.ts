import { OrgNames } from '../common/org-names';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesModule } from '../roles/roles.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthDataModule } from './auth-data.module';
import { BearerAuthGuard } from './bearer-auth.guard';
import { LoginThrottle } from './login-throttle';
import { MeController } from './me.controller';
import { SessionIssuer } from './session-issuer';
import { ChangePasswordUseCase } from './use-cases/change-password.use-case';
import { LoginUseCase } from './use-cases/login.use-case';
import { LogoutUseCase } from './use-cases/logout.use-case';
import { RefreshSessionUseCase } from './use-cases/refresh-session.use-case';

/**
 * Sign-in, refresh, logout, password change, the bearer guard on every route, and who-am-I;
 * brings the users and roles APIs with it.
 */
@Module({
  imports: [AuthDataModule, RolesModule, UsersModule],
  controllers: [AuthController, MeController],
  providers: [
    LoginThrottle,
    OrgNames,
    SessionIssuer,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    ChangePasswordUseCase,
    { provide: APP_GUARD, useClass: BearerAuthGuard },
  ],
})
export class AuthModule {}
