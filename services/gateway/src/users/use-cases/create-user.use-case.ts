import { DATA_SOURCE, DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { GatewayUserRepository } from '../../auth/gateway-user.repository';
import { generatePassword, PasswordHasher } from '../../auth/password-hasher';
import { assertPasswordPolicy } from '../../auth/password-policy';
import type { Principal } from '../../auth/principal';
import { RolesRepository } from '../../roles/roles.repository';
import type { CreateUserDto } from '../dto/user-input.dto';
import { scopeForRoles } from '../role-assignment';
import { UserAdminScope } from '../user-admin-scope';
import { UsersRepository, type UserRecord } from '../users.repository';

/**
 * `POST /users`: a given password must pass the policy; without one, a password is
 * generated, returned once, and must be changed at the first sign-in. The home org must lie in
 * the actor's scope and the actor must hold every permission of the roles given (else 403).
 */
@Injectable()
export class CreateUserUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GatewayUserRepository) private readonly accounts: GatewayUserRepository,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(RolesRepository) private readonly roles: RolesRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(UserAdminScope) private readonly adminScope: UserAdminScope,
  ) {}

  async execute(input: CreateUserDto, actor: Principal, lang: Language): Promise<{ user: UserRecord; generatedPassword?: string }> {
    const roleCodes = [...new Set(input.roles)];
    const scope = await scopeForRoles(this.roles, roleCodes, input.homeOrgId, lang);
    await this.adminScope.assertHomeOrgAllowed(actor, input.homeOrgId, lang);
    await this.adminScope.assertMayGrant(actor, roleCodes, lang);
    if (input.password !== undefined) assertPasswordPolicy(input.password, input.username, lang);
    const password = input.password ?? generatePassword();
    const passwordHash = await this.hasher.hash(password);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.accounts.insertIfAbsent({
        username: input.username,
        fullName: input.fullName,
        passwordHash,
        mustChangePassword: input.password === undefined,
        homeOrgId: input.homeOrgId,
        memberId: input.memberId ?? null,
      });
      if (!created) throw new DomainError('USERS.USERNAME_TAKEN');
      await this.roles.replaceRoles(created, roleCodes, scope, manager);
      return created;
    });
    const user = await this.users.get(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    return { user, ...(input.password === undefined ? { generatedPassword: password } : {}) };
  }
}
