import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AccessTokens } from '../access-tokens';
import { GatewayUserRepository } from '../gateway-user.repository';
import { PasswordHasher } from '../password-hasher';
import { grantsOf } from '../user-grants';

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

/**
 * Password sign-in. Unknown user, wrong password and disabled account all answer the same
 * AUTH.INVALID_CREDENTIALS after the same argon2 work, so none of them can be told apart.
 * Lockout and rate limits on this route come with the users issue.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    @Inject(GatewayUserRepository) private readonly users: GatewayUserRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
  ) {}

  async execute(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.findByUsername(username);
    const passwordOk = await this.hasher.verifyOrWaste(user?.passwordHash, password);
    if (!user || !passwordOk || !user.isActive) throw new DomainError('AUTH.INVALID_CREDENTIALS');
    const issued = this.tokens.issue({ userId: user.id, username: user.username, fullName: user.fullName, ...grantsOf(user) });
    return { ...issued, tokenType: 'Bearer' };
  }
}
