import { DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { GatewayUserRepository } from '../../auth/gateway-user.repository';
import { generatePassword, PasswordHasher } from '../../auth/password-hasher';
import { assertPasswordPolicy } from '../../auth/password-policy';
import { RefreshTokensRepository } from '../../auth/refresh-tokens.repository';

/**
 * `POST /users/:id/reset-password`: a new password (given and checked, or generated and
 * returned once) that the user must change at the next sign-in; every session is revoked.
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    @Inject(GatewayUserRepository) private readonly accounts: GatewayUserRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  async execute(id: string, given: string | undefined, lang: Language): Promise<{ generatedPassword?: string }> {
    const user = await this.accounts.findById(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    if (given !== undefined) assertPasswordPolicy(given, user.username, lang);
    const password = given ?? generatePassword();
    await this.accounts.setPassword(id, await this.hasher.hash(password), true);
    await this.refreshTokens.revokeAllOf(id);
    return given === undefined ? { generatedPassword: password } : {};
  }
}
