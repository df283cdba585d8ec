import { DomainError, DATA_SOURCE, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { UserAccessRepository } from '../../roles/user-access.repository';
import type { TokenPairDto } from '../dto/token-pair.dto';
import { GatewayUserRepository } from '../gateway-user.repository';
import { PasswordHasher } from '../password-hasher';
import { assertPasswordPolicy } from '../password-policy';
import { RefreshTokensRepository } from '../refresh-tokens.repository';
import { SessionIssuer } from '../session-issuer';

/**
 * `POST /auth/change-password`: checks the current password and the policy, stores the new
 * hash, clears must_change_password, revokes every other session and returns a fresh pair.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GatewayUserRepository) private readonly users: GatewayUserRepository,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
    @Inject(SessionIssuer) private readonly sessions: SessionIssuer,
  ) {}

  async execute(userId: string, currentPassword: string, newPassword: string, lang: Language): Promise<TokenPairDto> {
    const user = await this.users.findById(userId);
    if (!user?.isActive) throw new DomainError('AUTH.TOKEN_INVALID');
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new DomainError('AUTH.CURRENT_PASSWORD_WRONG');
    assertPasswordPolicy(newPassword, user.username, lang, 'newPassword');
    if (newPassword === currentPassword) {
      throw DomainError.localized('AUTH.PASSWORD_TOO_WEAK', lang, [
        { field: 'newPassword', code: 'notCurrent', message: lang === 'vi' ? 'newPassword: phải khác mật khẩu hiện tại' : 'newPassword: must differ from the current password' },
      ]);
    }
    const hash = await this.hasher.hash(newPassword);
    await this.users.setPassword(user.id, hash, false);
    await this.refreshTokens.revokeAllOf(user.id);
    const access = await this.access.load(user.id);
    if (!access) throw new DomainError('AUTH.TOKEN_INVALID');
    return this.dataSource.transaction((manager) => this.sessions.issue(access, undefined, manager));
  }
}
