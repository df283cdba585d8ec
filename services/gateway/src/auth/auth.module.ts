import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { BearerAuthGuard } from './bearer-auth.guard';
import { GatewayUserRepository } from './gateway-user.repository';
import { MeController } from './me.controller';
import { LoginUseCase } from './use-cases/login.use-case';

/** Sign-in, the bearer guard on every route, and who-am-I. */
@Module({
  controllers: [AuthController, MeController],
  providers: [GatewayUserRepository, LoginUseCase, { provide: APP_GUARD, useClass: BearerAuthGuard }],
})
export class AuthModule {}
