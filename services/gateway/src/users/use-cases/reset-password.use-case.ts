import { DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { GatewayUserRepository } from '../../auth/gateway-user.repository';
import { generatePassword, PasswordHasher } from '../../auth/password-hasher';
import { assertPasswordPolicy } from '../../auth/password-policy';
import type { Principal } from '../../auth/principal';
import { RefreshTokensRepository } from '../../auth/refresh-tokens.repository';
import { UserAdminScope } from '../user-admin-scope';
import { UsersRepository } from '../users.repository';

/**
 * `POST /users/:id/reset-password`: a new password (given and checked, or generated and
 * returned once) that the user must change at the next sign-in; every session is revoked.
 * Only for an account in the actor's scope (else 404) and no more powerful than the actor (else 403).
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    @Inject(GatewayUserRepository) private readonly accounts: GatewayUserRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(UserAdminScope) private readonly adminScope: UserAdminScope,
  ) {}

  async execute(id: string, given: string | undefined, actor: Principal, lang: Language): Promise<{ generatedPassword?: string }> {
    await this.adminScope.assertMayManage(actor, await this.adminScope.visible(actor, await this.users.get(id)), lang);
    const user = await this.accounts.findById(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    if (given !== undefined) assertPasswordPolicy(given, user.username, lang);
    const password = given ?? generatePassword();
    await this.accounts.setPassword(id, await this.hasher.hash(password), true);
    await this.refreshTokens.revokeAllOf(id);
    return given === undefined ? { generatedPassword: password } : {};
  }
}
