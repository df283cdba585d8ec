import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { UserAccessRepository } from '../../roles/user-access.repository';
import type { TokenPairDto } from '../dto/token-pair.dto';
import { GatewayUserRepository } from '../gateway-user.repository';
import { LoginLockedError } from '../login-locked.error';
import { LoginThrottle } from '../login-throttle';
import { PasswordHasher } from '../password-hasher';
import { SessionIssuer } from '../session-issuer';

/**
 * Password sign-in. Unknown user, wrong password and disabled account all answer the same
 * AUTH.INVALID_CREDENTIALS after the same argon2 work, so none of them can be told apart.
 * A locked username or address answers 429 before any password work, whether or not the
 * account exists; every failure counts against both.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    @Inject(GatewayUserRepository) private readonly users: GatewayUserRepository,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(LoginThrottle) private readonly throttle: LoginThrottle,
    @Inject(SessionIssuer) private readonly sessions: SessionIssuer,
  ) {}

  async execute(username: string, password: string, address: string): Promise<TokenPairDto> {
    const wait = await this.throttle.lockedFor(username, address);
    if (wait > 0) throw new LoginLockedError(wait);
    const user = await this.users.findByUsername(username);
    const passwordOk = await this.hasher.verifyOrWaste(user?.passwordHash, password);
    if (!user || !passwordOk || !user.isActive) {
      await this.throttle.recordFailure(username, address);
      throw new DomainError('AUTH.INVALID_CREDENTIALS');
    }
    await this.throttle.recordSuccess(username);
    const access = await this.access.load(user.id);
    if (!access) throw new DomainError('AUTH.INVALID_CREDENTIALS');
    return this.sessions.issue(access);
  }
}
