import { Global, Module } from '@nestjs/common';
import { RolesRepository } from '../roles/roles.repository';
import { UserAccessRepository } from '../roles/user-access.repository';
import { GatewayUserRepository } from './gateway-user.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** The account tables (users, roles, refresh tokens), shared by auth, users and roles. */
@Global()
@Module({
  providers: [GatewayUserRepository, RolesRepository, UserAccessRepository, RefreshTokensRepository],
  exports: [GatewayUserRepository, RolesRepository, UserAccessRepository, RefreshTokensRepository],
})
export class AuthDataModule {}
